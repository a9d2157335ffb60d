using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Recurrence;
using NodaTime;

namespace CounselingRecords.Practice.MissedAppointments;

/// <summary>What recording a cancellation or a no-show needs.</summary>
/// <param name="Appointment">The appointment (one client; requested, scheduled or confirmed).</param>
/// <param name="Event">
/// What happened: <see cref="CancellationEvent.ByClient"/> with the instant the request was received (received at or
/// after the start it is a no-show, R4.9), <see cref="CancellationEvent.NoContact"/> for a no-show,
/// <see cref="CancellationEvent.ByClinician"/> or <see cref="CancellationEvent.ByPractice"/>; optionally with a
/// discretionary exception (<see cref="CancellationEvent.WithException"/>, R4.3).
/// </param>
/// <param name="Policies">The practice's cancellation policy history; the version in effect for the appointment decides.</param>
/// <param name="SessionFee">The fee the session would have cost the client (the basis of full and percentage fees and of the session-fee cap); see <see cref="MissedAppointmentWorkflow.SessionFeeFor"/>.</param>
/// <param name="Coverage">The client's coverage; the engine reads the periods in effect on the appointment date (R4.5–R4.7).</param>
/// <param name="Acknowledgments">The client's policy acknowledgments (accepted policy versions, R4.8).</param>
/// <param name="Ledger">The client's ledger a fee is posted on.</param>
/// <param name="Actor">Who records it.</param>
/// <param name="PostedOn">The accounting date of a fee.</param>
/// <param name="EarlierOutcomes">The client's recorded outcomes (<see cref="Specifications.CancellationOutcomesForClientSpec"/>), for the first-occurrence grace and escalations.</param>
/// <param name="Series">The appointment's recurring series, when it is an occurrence of one (a future occurrence is also cancelled in the series plan).</param>
/// <param name="OpenTasks">The client's open tasks, so an attendance review already open is not opened twice.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record MissedAppointmentInput(
    Appointment Appointment,
    CancellationEvent Event,
    CancellationPolicyHistory Policies,
    Money SessionFee,
    ClientCoverage Coverage,
    ClientAcknowledgments Acknowledgments,
    ClientLedger Ledger,
    Actor Actor,
    LocalDate PostedOn,
    ImmutableArray<CancellationOutcome> EarlierOutcomes = default,
    RecurringSeries? Series = null,
    ImmutableArray<PracticeTask> OpenTasks = default)
{
    /// <inheritdoc />
    public override string ToString() => $"MissedAppointmentInput {Appointment?.Id} ({Event?.Party})";
}

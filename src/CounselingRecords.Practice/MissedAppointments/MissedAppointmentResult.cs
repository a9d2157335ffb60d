using CounselingRecords.Billing.Ledger;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Recurrence;

namespace CounselingRecords.Practice.MissedAppointments;

/// <summary>
/// The outcome of recording a cancellation or no-show, to save together: the appointment in its new status, the
/// series when its plan changed, the recorded outcome (the decision and the fee or the zero-fee record), the ledger
/// (with the fee, or unchanged), and the attendance review task an escalation opened.
/// </summary>
/// <param name="Appointment">The appointment in its new status.</param>
/// <param name="Series">The series with the occurrence cancelled, when the appointment was a future occurrence; otherwise <see langword="null"/>.</param>
/// <param name="Outcome">The recorded outcome.</param>
/// <param name="Ledger">The ledger, with the fee when one was charged.</param>
/// <param name="Charge">The fee's charge id, when one was charged.</param>
/// <param name="FeeAgreement">The acceptance check (R4.8) when the decision had a fee; otherwise <see langword="null"/>.</param>
/// <param name="ReviewTask">The attendance review task opened for an escalation, or <see langword="null"/>.</param>
/// <param name="Facts">The cancellation facts scheduling gave the policy (start, zone, notice), for a cancellation; <see langword="null"/> for a no-show without contact.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record MissedAppointmentResult(
    Appointment Appointment,
    RecurringSeries? Series,
    CancellationOutcome Outcome,
    ClientLedger Ledger,
    ChargeId? Charge,
    FeeAgreement? FeeAgreement,
    PracticeTask? ReviewTask,
    CancellationFacts? Facts)
{
    /// <summary>Gets the policy's decision.</summary>
    public CancellationDecision Decision => Outcome.Decision;

    /// <inheritdoc />
    public override string ToString() => $"MissedAppointmentResult {Appointment.Id} ({Appointment.Status})";
}

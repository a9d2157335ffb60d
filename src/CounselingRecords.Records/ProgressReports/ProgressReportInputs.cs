using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Notes;
using NodaTime;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>
/// What a progress report is generated from, for one client and a date interval: appointment outcomes
/// (scheduling), objective lines and plan changes (treatment plan), measurement scores, and the client's session
/// notes. Records references no other area, so the host (the Practice package) fills these plain values.
/// </summary>
[ProtectedHealthInformation]
public sealed class ProgressReportInputs
{
    /// <summary>Initializes a new instance of the <see cref="ProgressReportInputs"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="authorId">The clinician writing the report.</param>
    /// <param name="coSignerId">The supervisor who must co-sign, if any.</param>
    /// <param name="periodStart">The first date of the period.</param>
    /// <param name="periodEnd">The last date of the period (inclusive).</param>
    /// <param name="appointments">The appointments scheduled in the period and how they ended.</param>
    /// <param name="objectives">The objectives to report on.</param>
    /// <param name="measurements">Measurement scores (those in session notes are added automatically).</param>
    /// <param name="planChanges">Changes made to the treatment plan.</param>
    /// <param name="notes">The client's session notes; only signed notes dated in the period are used.</param>
    public ProgressReportInputs(
        ClientId clientId,
        ClinicianId authorId,
        ClinicianId? coSignerId,
        LocalDate periodStart,
        LocalDate periodEnd,
        ImmutableArray<AppointmentOutcomeLine> appointments,
        ImmutableArray<ObjectiveLine> objectives,
        ImmutableArray<MeasurementResult> measurements,
        ImmutableArray<PlanChangeLine> planChanges,
        ImmutableArray<SessionNote> notes)
    {
        ClientId = clientId;
        AuthorId = authorId;
        CoSignerId = coSignerId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Appointments = appointments.IsDefault ? ImmutableArray<AppointmentOutcomeLine>.Empty : appointments;
        Objectives = objectives.IsDefault ? ImmutableArray<ObjectiveLine>.Empty : objectives;
        Measurements = measurements.IsDefault ? ImmutableArray<MeasurementResult>.Empty : measurements;
        PlanChanges = planChanges.IsDefault ? ImmutableArray<PlanChangeLine>.Empty : planChanges;
        Notes = notes.IsDefault ? ImmutableArray<SessionNote>.Empty : notes;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the author.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets the co-signer, if any.</summary>
    public ClinicianId? CoSignerId { get; }

    /// <summary>Gets the first date.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>Gets the last date.</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary>Gets the appointment outcomes.</summary>
    public ImmutableArray<AppointmentOutcomeLine> Appointments { get; }

    /// <summary>Gets the objective lines.</summary>
    public ImmutableArray<ObjectiveLine> Objectives { get; }

    /// <summary>Gets the measurement scores.</summary>
    public ImmutableArray<MeasurementResult> Measurements { get; }

    /// <summary>Gets the plan changes.</summary>
    public ImmutableArray<PlanChangeLine> PlanChanges { get; }

    /// <summary>Gets the session notes.</summary>
    public ImmutableArray<SessionNote> Notes { get; }

    /// <summary>Returns the period as a date interval.</summary>
    /// <returns>The interval.</returns>
    public DateInterval Period() => new(PeriodStart, PeriodEnd);

    /// <inheritdoc />
    public override string ToString() => $"ProgressReportInputs for {ClientId}";
}

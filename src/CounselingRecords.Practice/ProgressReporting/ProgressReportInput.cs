using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using NodaTime;

namespace CounselingRecords.Practice.ProgressReporting;

/// <summary>What generating a progress report draft from a treatment plan needs.</summary>
/// <param name="Plan">The client's treatment plan.</param>
/// <param name="PeriodStart">The first date of the period.</param>
/// <param name="PeriodEnd">The last date of the period (inclusive).</param>
/// <param name="Author">The clinician writing the report.</param>
/// <param name="Appointments">The client's appointments in the period (others are ignored).</param>
/// <param name="Notes">The client's session notes (only final notes dated in the period count).</param>
/// <param name="Preset">The progress preset that classifies instrument-measured objectives (R8.5–R8.8).</param>
/// <param name="Zone">The practice's time zone (the date a late-recorded plan change was recorded).</param>
/// <param name="GeneratedAt">When the draft is generated.</param>
/// <param name="CoSigner">The supervisor who co-signs; the author's supervisor in the clinician directory when null.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record ProgressReportInput(
    TreatmentPlan Plan,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    ClinicianId Author,
    ImmutableArray<Appointment> Appointments,
    ImmutableArray<SessionNote> Notes,
    ProgressPreset Preset,
    DateTimeZone Zone,
    Instant GeneratedAt,
    ClinicianId? CoSigner = null)
{
    /// <inheritdoc />
    public override string ToString() => $"ProgressReportInput {Plan?.Id}";
}

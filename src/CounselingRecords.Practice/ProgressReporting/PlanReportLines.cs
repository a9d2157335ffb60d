using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Statuses;
using StatusChange = CounselingRecords.TreatmentPlans.Statuses.StatusChange;
using NodaTime;

namespace CounselingRecords.Practice.ProgressReporting;

/// <summary>
/// Turns what the treatment-plan and scheduling areas hold into the plain lines a records progress report is
/// generated from: appointment outcomes, one line per objective with the plan's standing for it, instrument scores,
/// and the plan's changes (revisions, reviews, status changes, among them the objectives achieved by rule with the
/// rule and its evidence). Records references neither area; this is the glue.
/// </summary>
public static class PlanReportLines
{
    /// <summary>The longest plan-change description a report takes (the records area's medium text limit).</summary>
    public const int MaximumDescriptionLength = 4_000;

    /// <summary>Returns how an appointment ended as a progress report counts it, or <see langword="null"/> when it has not ended or was moved.</summary>
    /// <param name="status">The appointment's status.</param>
    /// <returns>The attendance, or <see langword="null"/>.</returns>
    public static AppointmentAttendance? AttendanceFor(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Completed => AppointmentAttendance.Attended,
        AppointmentStatus.NoShow => AppointmentAttendance.NoShow,
        AppointmentStatus.LateCancelled => AppointmentAttendance.LateCancelled,
        AppointmentStatus.CancelledByClient => AppointmentAttendance.CancelledByClient,
        AppointmentStatus.CancelledByPractice => AppointmentAttendance.CancelledByPractice,
        _ => null,
    };

    /// <summary>Returns the outcome lines of the client's appointments that ended (each once, by the local date of the start).</summary>
    /// <param name="client">The client.</param>
    /// <param name="appointments">The appointments.</param>
    /// <returns>The lines.</returns>
    public static ImmutableArray<AppointmentOutcomeLine> AppointmentLines(ClientId client, IEnumerable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        return appointments
            .Where(a => a is not null && a.Clients.Contains(client))
            .DistinctBy(a => a.Id)
            .Select(a => (Appointment: a, Attendance: AttendanceFor(a.Status)))
            .Where(x => x.Attendance is not null)
            .OrderBy(x => x.Appointment.StartInstant)
            .Select(x => new AppointmentOutcomeLine(x.Appointment.Id, x.Appointment.LocalStart.Date, x.Attendance!.Value))
            .ToImmutableArray();
    }

    /// <summary>
    /// Returns one line per objective of the plan version in effect at the end of the period, plus any other
    /// objective whose status changed in the period, each with the plan's standing at the end of the period:
    /// achieved in the period → achieved; achieved earlier → sustaining; partially achieved → improving; otherwise
    /// the evidence up to the end of the period (an instrument score classified by the preset, R8.8: reliably
    /// deteriorated → worsening, no reliable change → no change, better → improving; a count or rating against its
    /// baseline); revised or discontinued, or not measured yet → no standing.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="period">The period.</param>
    /// <param name="preset">The progress preset.</param>
    /// <returns>The lines.</returns>
    public static ImmutableArray<ObjectiveLine> ObjectiveLines(TreatmentPlan plan, DateInterval period, ProgressPreset preset)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(preset);
        var ids = new List<ObjectiveId>();
        if (plan.VersionInEffectOn(period.End) is { } atEnd)
        {
            ids.AddRange(atEnd.Objectives.Select(o => o.Id));
        }

        ids.AddRange(plan.StatusHistory.Where(c => c.Objective is not null && period.Contains(c.EffectiveOn)).Select(c => c.Objective!.Value));
        return ids.Distinct()
            .Select(id => (Id: id, Version: plan.Versions.LastOrDefault(v => v.FindObjective(id) is not null)))
            .Where(x => x.Version is not null)
            .Select(x => new ObjectiveLine(x.Id, x.Version!.GoalOf(x.Id)?.Id, x.Version.FindObjective(x.Id)!.Statement, StandingOf(plan, x.Version.FindObjective(x.Id)!, period, preset)))
            .ToImmutableArray();
    }

    /// <summary>Returns the instrument totals recorded on the plan and measured in the period.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="period">The period.</param>
    /// <returns>The results.</returns>
    public static ImmutableArray<MeasurementResult> Measurements(TreatmentPlan plan, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        return plan.Measurements
            .Where(m => m.Kind == MeasureKind.InstrumentScore && period.Contains(m.MeasuredOn))
            .Select(m => new MeasurementResult(m.InstrumentCode!, m.MeasuredOn, m.Value))
            .ToImmutableArray();
    }

    /// <summary>
    /// Returns the plan's changes in the period: versions that took effect (with the revision's reason), reviews,
    /// and status changes a clinician or a rule made (an objective achieved by rule names the rule, the decision's
    /// reason and the measurements it rests on). A change recorded in the period but effective before it (evidence
    /// entered late) is listed on the date it was recorded, with its effective date, so the next report carries it.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="period">The period.</param>
    /// <param name="zone">The practice's zone, which turns a recording instant into a date.</param>
    /// <returns>The lines, by date.</returns>
    public static ImmutableArray<PlanChangeLine> PlanChanges(TreatmentPlan plan, DateInterval period, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        var lines = new List<PlanChangeLine>();
        foreach (var version in plan.Versions.Where(v => period.Contains(v.EffectiveOn)))
        {
            lines.Add(Line(version.EffectiveOn, version.Number == 1
                ? $"Treatment plan started (version 1): {version.Revision.Reason}"
                : $"Treatment plan revised to version {Formatting.Number(version.Number)}: {version.Revision.Reason}"));
        }

        foreach (var review in plan.Reviews.Where(r => period.Contains(r.ReviewedOn)))
        {
            lines.Add(Line(review.ReviewedOn, $"Treatment plan reviewed (version {Formatting.Number(review.VersionNumber)}): {review.Summary}"));
        }

        foreach (var change in plan.StatusHistory.Where(c => c.Source != StatusChangeSource.Revision))
        {
            if (DateFor(change, period, zone) is not { } date)
            {
                continue;
            }

            var late = date != change.EffectiveOn ? $" (effective {Formatting.Date(change.EffectiveOn)}, recorded later)" : string.Empty;
            lines.Add(Line(date, $"{Describe(plan, change)}{late}: {change.Reason}"));
        }

        return lines.OrderBy(l => l.ChangedOn).ToImmutableArray();
    }

    /// <summary>Returns the objectives that became achieved by their automatic rule in the period (as <see cref="PlanChanges"/> dates them).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="period">The period.</param>
    /// <param name="zone">The practice's zone.</param>
    /// <returns>The objectives.</returns>
    public static ImmutableArray<ObjectiveId> AchievedByRule(TreatmentPlan plan, DateInterval period, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        return plan.StatusHistory
            .Where(c => c is { Source: StatusChangeSource.Rule, To: ProgressStatus.Achieved, Objective: not null } && DateFor(c, period, zone) is not null)
            .Select(c => c.Objective!.Value)
            .Distinct()
            .ToImmutableArray();
    }

    private static LocalDate? DateFor(StatusChange change, DateInterval period, DateTimeZone zone)
    {
        if (period.Contains(change.EffectiveOn))
        {
            return change.EffectiveOn;
        }

        var recordedOn = change.RecordedAt.InZone(zone).Date;
        return change.EffectiveOn < period.Start && period.Contains(recordedOn) ? recordedOn : null;
    }

    private static string Describe(TreatmentPlan plan, StatusChange change)
    {
        var (what, statement) = change.Objective is { } objective
            ? ("Objective", plan.Versions.LastOrDefault(v => v.FindObjective(objective) is not null)?.FindObjective(objective)?.Statement)
            : ("Goal", plan.Versions.LastOrDefault(v => v.FindGoal(change.Goal!.Value) is not null)?.FindGoal(change.Goal!.Value)?.Statement);
        var named = statement is null ? $"{what} {change.ElementKey}" : $"{what} \"{statement}\"";
        var evidence = change.Evidence.IsEmpty ? string.Empty : $", evidence {string.Join(", ", change.Evidence)}";
        return change.Source == StatusChangeSource.Rule
            ? $"{named} {Verb(change.To)} by rule {change.RuleId} on {Formatting.Date(change.EffectiveOn)}{evidence}"
            : $"{named} changed from {change.From} to {change.To} by the clinician on {Formatting.Date(change.EffectiveOn)}";
    }

    private static string Verb(ProgressStatus status) => status == ProgressStatus.Achieved ? "achieved" : $"set to {status}";

    private static PlanChangeLine Line(LocalDate date, string description) =>
        new(date, description.Length <= MaximumDescriptionLength ? description : description[..(MaximumDescriptionLength - 1)] + "…");

    private static ProgressRating? StandingOf(TreatmentPlan plan, PlanObjective objective, DateInterval period, ProgressPreset preset)
    {
        var last = plan.StatusHistory.LastOrDefault(c => c.Objective == objective.Id && c.EffectiveOn <= period.End);
        switch (last?.To ?? ProgressStatus.NotStarted)
        {
            case ProgressStatus.Achieved:
                return last!.EffectiveOn >= period.Start ? ProgressRating.Achieved : ProgressRating.Sustaining;
            case ProgressStatus.PartiallyAchieved:
                return ProgressRating.Improving;
            case ProgressStatus.Revised:
            case ProgressStatus.Discontinued:
                return null;
        }

        return objective.Measure.Kind == MeasureKind.InstrumentScore
            ? InstrumentStanding(plan, objective, period.End, preset)
            : ObservationStanding(plan, objective, period.End);
    }

    private static ProgressRating? InstrumentStanding(TreatmentPlan plan, PlanObjective objective, LocalDate end, ProgressPreset preset)
    {
        var measure = objective.Measure;
        var code = measure.InstrumentCode;
        var baselineMeasurement = measure.BaselineMeasurementId is { } id ? plan.Measurements.FirstOrDefault(m => m.Id == id && m.IsInstrument(code)) : null;
        var from = baselineMeasurement?.MeasuredOn ?? plan.Versions.First(v => v.FindObjective(objective.Id) is not null).EffectiveOn;
        var final = plan.Measurements
            .Where(m => m.IsInstrument(code) && m.Id != baselineMeasurement?.Id && m.MeasuredOn >= from && m.MeasuredOn <= end)
            .OrderBy(m => m.MeasuredOn)
            .ThenBy(m => m.RecordedAt)
            .LastOrDefault();
        if (final is null || code is null)
        {
            return null;
        }

        var baseline = baselineMeasurement is null
            ? new ScorePoint(measure.Baseline, null, null)
            : new ScorePoint(baselineMeasurement.Value, baselineMeasurement.MeasuredOn, baselineMeasurement.Id);
        var evaluation = ProgressEvaluator.Evaluate(new ProgressInput(code, baseline, new ScorePoint(final.Value, final.MeasuredOn, final.Id), null, null, final.SafetyFlag), preset);
        return evaluation.Failure
            ? null
            : evaluation.Value.Classification switch
            {
                ProgressClassification.ReliablyDeteriorated => ProgressRating.Worsening,
                ProgressClassification.NoReliableChange => ProgressRating.NoChange,
                _ => ProgressRating.Improving,
            };
    }

    private static ProgressRating? ObservationStanding(TreatmentPlan plan, PlanObjective objective, LocalDate end)
    {
        var latest = plan.Measurements
            .Where(m => m.Objective == objective.Id && m.MeasuredOn <= end)
            .OrderBy(m => m.MeasuredOn)
            .ThenBy(m => m.RecordedAt)
            .LastOrDefault();
        if (latest is null)
        {
            return null;
        }

        var change = latest.Value - objective.Measure.Baseline;
        var better = objective.Measure.LowerIsBetter ? change < 0 : change > 0;
        return change == 0 ? ProgressRating.NoChange : better ? ProgressRating.Improving : ProgressRating.Worsening;
    }
}

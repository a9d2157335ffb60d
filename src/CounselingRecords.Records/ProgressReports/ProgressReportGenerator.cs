using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Identity;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Signing;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>Summarizes report inputs into the generated facts of a progress report.</summary>
internal static class ProgressReportGenerator
{
    public sealed record Facts(
        AttendanceSummary Attendance,
        ImmutableArray<ObjectiveReportEntry> Objectives,
        ImmutableArray<MeasurementResult> Measurements,
        ImmutableArray<PlanChangeLine> PlanChanges,
        ImmutableArray<NoteId> SourceNoteIds,
        string Summary);

    public static Facts Generate(ProgressReportInputs inputs, IReadOnlyDictionary<ObjectiveId, string?> keptNarratives)
    {
        var period = inputs.Period();
        var appointments = inputs.Appointments.Where(a => period.Contains(a.Date)).ToList();
        var attendance = new AttendanceSummary(
            appointments.Count(a => a.Attendance == AppointmentAttendance.Attended),
            appointments.Count(a => a.Attendance == AppointmentAttendance.NoShow),
            appointments.Count(a => a.Attendance == AppointmentAttendance.LateCancelled),
            appointments.Count(a => a.Attendance == AppointmentAttendance.CancelledByClient),
            appointments.Count(a => a.Attendance == AppointmentAttendance.CancelledByPractice));

        var notes = inputs.Notes
            .Where(n => n.ClientId == inputs.ClientId && n.Status is DocumentStatus.Signed or DocumentStatus.CoSigned && period.Contains(n.DateOfService))
            .OrderBy(n => n.StartedAt)
            .ToList();

        var ratings = notes
            .SelectMany(n => n.ObjectiveProgress.Select(p => (p.ObjectiveId, p.Rating, n.DateOfService)))
            .GroupBy(r => r.ObjectiveId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Latest: g.Last()));

        var objectives = ImmutableArray.CreateBuilder<ObjectiveReportEntry>();
        foreach (var line in inputs.Objectives)
        {
            objectives.Add(Entry(line.ObjectiveId, line.Statement, line.PlanStatus, ratings, keptNarratives));
        }

        foreach (var unlisted in ratings.Keys.Where(id => inputs.Objectives.All(o => o.ObjectiveId != id)))
        {
            objectives.Add(Entry(unlisted, null, null, ratings, keptNarratives));
        }

        var measurements = inputs.Measurements
            .Concat(notes.SelectMany(n => n.Measurements.Select(m => new MeasurementResult(m.Instrument, n.DateOfService, m.Score))))
            .Where(m => period.Contains(m.AdministeredOn))
            .DistinctBy(m => (m.Instrument, m.AdministeredOn, m.Score))
            .OrderBy(m => m.Instrument, StringComparer.Ordinal)
            .ThenBy(m => m.AdministeredOn)
            .ToImmutableArray();

        var planChanges = inputs.PlanChanges.Where(p => period.Contains(p.ChangedOn)).OrderBy(p => p.ChangedOn).ToImmutableArray();
        var sourceNotes = notes.Select(n => n.Id).ToImmutableArray();
        return new Facts(attendance, objectives.ToImmutable(), measurements, planChanges, sourceNotes, Summarize(period, attendance, objectives.Count(o => o.SessionsAddressed > 0), Trends(measurements), planChanges.Length));
    }

    public static ImmutableArray<MeasurementTrend> Trends(ImmutableArray<MeasurementResult> measurements) =>
        measurements
            .GroupBy(m => m.Instrument, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderBy(m => m.AdministeredOn).ToList();
                return new MeasurementTrend(g.Key, ordered.Count, ordered[0].AdministeredOn, ordered[0].Score, ordered[^1].AdministeredOn, ordered[^1].Score);
            })
            .ToImmutableArray();

    private static ObjectiveReportEntry Entry(
        ObjectiveId id,
        string? statement,
        ProgressRating? planStatus,
        Dictionary<ObjectiveId, (int Count, (ObjectiveId ObjectiveId, ProgressRating Rating, LocalDate DateOfService) Latest)> ratings,
        IReadOnlyDictionary<ObjectiveId, string?> keptNarratives)
    {
        var rated = ratings.TryGetValue(id, out var r);
        var count = rated ? r.Count : 0;
        ProgressRating? latest = rated ? r.Latest.Rating : null;
        LocalDate? on = rated ? r.Latest.DateOfService : null;
        var narrative = keptNarratives.TryGetValue(id, out var kept) ? kept : DefaultNarrative(count, latest, on);
        return new ObjectiveReportEntry(id, statement, planStatus, count, latest, on, narrative);
    }

    /// <summary>The narrative generated for an objective from its facts.</summary>
    public static string DefaultNarrative(int sessionsAddressed, ProgressRating? latestRating, LocalDate? latestRatedOn) =>
        latestRating is { } rating && latestRatedOn is { } on
            ? string.Create(CultureInfo.InvariantCulture, $"Addressed in {sessionsAddressed} session{(sessionsAddressed == 1 ? string.Empty : "s")}; latest rating {rating} on {LocalDatePattern.Iso.Format(on)}.")
            : "Not addressed in a signed session note in this period.";

    /// <summary>The summary generated from a report's facts.</summary>
    public static string Summarize(DateInterval period, AttendanceSummary attendance, int objectivesAddressed, ImmutableArray<MeasurementTrend> trends, int planChanges)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"From {LocalDatePattern.Iso.Format(period.Start)} to {LocalDatePattern.Iso.Format(period.End)} the client attended {attendance.Attended} of {attendance.Scheduled} scheduled sessions and missed {attendance.Missed}. Progress was documented on {objectivesAddressed} objective{(objectivesAddressed == 1 ? string.Empty : "s")}.");
        foreach (var trend in trends)
        {
            text += trend.Count == 1
                ? string.Create(CultureInfo.InvariantCulture, $" {trend.Instrument}: {trend.Last} on {LocalDatePattern.Iso.Format(trend.LastOn)}.")
                : string.Create(CultureInfo.InvariantCulture, $" {trend.Instrument}: {trend.First} on {LocalDatePattern.Iso.Format(trend.FirstOn)} to {trend.Last} on {LocalDatePattern.Iso.Format(trend.LastOn)}.");
        }

        if (planChanges > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" The treatment plan changed {planChanges} time{(planChanges == 1 ? string.Empty : "s")}.");
        }

        return text;
    }
}

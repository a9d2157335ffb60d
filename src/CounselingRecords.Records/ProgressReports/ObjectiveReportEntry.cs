using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;
using NodaTime;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>
/// Progress on one objective in a report's period: its statement, the plan's status, how many signed notes
/// addressed it, the latest rating and date, and the narrative (generated, then editable).
/// </summary>
[ProtectedHealthInformation]
public sealed class ObjectiveReportEntry
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveReportEntry"/> class.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="statement">The statement, or <see langword="null"/> for an objective the notes rated but the plan lines did not list.</param>
    /// <param name="planStatus">The plan's status for it, if any.</param>
    /// <param name="sessionsAddressed">How many signed notes in the period rated it.</param>
    /// <param name="latestRating">The latest rating in the period, if any.</param>
    /// <param name="latestRatedOn">The date of that rating.</param>
    /// <param name="narrative">The narrative.</param>
    public ObjectiveReportEntry(ObjectiveId objectiveId, string? statement, ProgressRating? planStatus, int sessionsAddressed, ProgressRating? latestRating, LocalDate? latestRatedOn, string? narrative)
    {
        objectiveId.Require(nameof(objectiveId));
        ArgumentOutOfRangeException.ThrowIfNegative(sessionsAddressed);
        if ((latestRating is null) != (latestRatedOn is null) || (sessionsAddressed == 0) != (latestRating is null))
        {
            throw new ArgumentException($"Objective {objectiveId}: a latest rating has a date and exists exactly when sessions addressed it.", nameof(latestRating));
        }

        ObjectiveId = objectiveId;
        Statement = statement;
        PlanStatus = planStatus;
        SessionsAddressed = sessionsAddressed;
        LatestRating = latestRating;
        LatestRatedOn = latestRatedOn;
        Narrative = narrative;
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId ObjectiveId { get; }

    /// <summary>Gets the statement.</summary>
    public string? Statement { get; }

    /// <summary>Gets the plan's status.</summary>
    public ProgressRating? PlanStatus { get; }

    /// <summary>Gets how many signed notes rated it.</summary>
    public int SessionsAddressed { get; }

    /// <summary>Gets the latest rating.</summary>
    public ProgressRating? LatestRating { get; }

    /// <summary>Gets the date of the latest rating.</summary>
    public LocalDate? LatestRatedOn { get; }

    /// <summary>Gets the narrative.</summary>
    public string? Narrative { get; }

    /// <inheritdoc />
    public override string ToString() => $"ObjectiveReportEntry {ObjectiveId} ({SessionsAddressed} sessions)";
}

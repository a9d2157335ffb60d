using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>A treatment-plan objective the report covers (filled by the host from the treatment plan).</summary>
[ProtectedHealthInformation]
public sealed class ObjectiveLine
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveLine"/> class.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="goalId">Its goal, if known.</param>
    /// <param name="statement">The objective statement.</param>
    /// <param name="planStatus">The status the plan gives it (for example computed from measures), if any.</param>
    public ObjectiveLine(ObjectiveId objectiveId, GoalId? goalId, string statement, ProgressRating? planStatus)
    {
        ObjectiveId = objectiveId;
        GoalId = goalId;
        Statement = statement;
        PlanStatus = planStatus;
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId ObjectiveId { get; }

    /// <summary>Gets the goal, if known.</summary>
    public GoalId? GoalId { get; }

    /// <summary>Gets the statement.</summary>
    public string Statement { get; }

    /// <summary>Gets the plan's status for it, if any.</summary>
    public ProgressRating? PlanStatus { get; }

    /// <inheritdoc />
    public override string ToString() => $"ObjectiveLine {ObjectiveId}";
}

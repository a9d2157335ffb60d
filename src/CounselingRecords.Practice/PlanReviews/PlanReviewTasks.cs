using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.TreatmentPlans.Reviews;

namespace CounselingRecords.Practice.PlanReviews;

/// <summary>The review tasks opened, the plans that already had one open, and each checked plan's review status.</summary>
/// <param name="Opened">The tasks opened, earliest due first.</param>
/// <param name="AlreadyOpen">The plans due for review that already had an open review task.</param>
/// <param name="Statuses">The review status of each plan checked, with its explanation (R7.13).</param>
public sealed record PlanReviewTasks(ImmutableArray<PracticeTask> Opened, ImmutableArray<TreatmentPlanId> AlreadyOpen, ImmutableDictionary<TreatmentPlanId, ReviewDueStatus> Statuses)
{
    /// <inheritdoc />
    public override string ToString() => $"PlanReviewTasks ({Opened.Length} opened, {AlreadyOpen.Length} already open)";
}

using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Reviews;

namespace CounselingRecords.Practice.PlanReviews;

/// <summary>
/// Opens a <see cref="PracticeTaskKind.ReviewTreatmentPlan"/> task for each plan whose review is due (or due within
/// the days asked) as the plan's own <see cref="TreatmentPlan.ReviewStatusOn"/> says (R7.13: the cadence's interval,
/// or a material change), assigned to the author of the plan's current version and due at the end of the due date
/// in the practice's zone (at once when already overdue). A plan that already has an open review task gets none,
/// so running it daily never duplicates a task; closed plans get none. Pure: the caller saves the tasks.
/// </summary>
public sealed class PlanReviewTaskWorkflow
{
    private readonly IIdGenerator _ids;

    /// <summary>Initializes a new instance of the <see cref="PlanReviewTaskWorkflow"/> class.</summary>
    /// <param name="ids">Creates task ids.</param>
    public PlanReviewTaskWorkflow(IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
    }

    /// <summary>Returns the reference a plan's review tasks are about.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The reference.</returns>
    public static RecordReference SubjectOf(TreatmentPlanId plan) => RecordReference.For(PracticeRecordTypes.TreatmentPlan, plan);

    /// <summary>Opens the review tasks that are due and not yet open.</summary>
    /// <param name="input">The plans, the open tasks, the instant and the zone.</param>
    /// <returns>The tasks opened and what was checked.</returns>
    public PlanReviewTasks OpenTasks(PlanReviewTaskInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Zone);
        ArgumentOutOfRangeException.ThrowIfNegative(input.DaysAhead);
        var asOfDate = input.AsOf.InZone(input.Zone).Date;
        var open = (input.OpenTasks.IsDefault ? [] : input.OpenTasks)
            .Where(t => t is { Kind: PracticeTaskKind.ReviewTreatmentPlan, Status: PracticeTaskStatus.Open })
            .Select(t => t.Subject)
            .ToHashSet();
        var opened = ImmutableArray.CreateBuilder<PracticeTask>();
        var alreadyOpen = ImmutableArray.CreateBuilder<TreatmentPlanId>();
        var statuses = ImmutableDictionary.CreateBuilder<TreatmentPlanId, ReviewDueStatus>();
        foreach (var plan in input.Plans.IsDefault ? [] : input.Plans)
        {
            ArgumentNullException.ThrowIfNull(plan, nameof(input));
            if (statuses.ContainsKey(plan.Id))
            {
                continue;
            }

            var status = plan.ReviewStatusOn(asOfDate);
            statuses.Add(plan.Id, status);
            if (status.DueOn is not { } dueOn || status.State == ReviewDueState.NotApplicable || dueOn > asOfDate.PlusDays(input.DaysAhead))
            {
                continue;
            }

            var subject = SubjectOf(plan.Id);
            if (!open.Add(subject))
            {
                alreadyOpen.Add(plan.Id);
                continue;
            }

            var endOfDueDay = dueOn.PlusDays(1).AtStartOfDayInZone(input.Zone).ToInstant();
            opened.Add(PracticeTask.Open(
                _ids,
                PracticeTaskKind.ReviewTreatmentPlan,
                subject,
                plan.ClientId,
                plan.CurrentVersion.Revision.Author,
                input.AsOf,
                endOfDueDay < input.AsOf ? input.AsOf : endOfDueDay,
                status.RuleId,
                status.Explanation));
        }

        return new PlanReviewTasks(opened.OrderBy(t => t.DueAt).ToImmutableArray(), alreadyOpen.ToImmutable(), statuses.ToImmutable());
    }
}

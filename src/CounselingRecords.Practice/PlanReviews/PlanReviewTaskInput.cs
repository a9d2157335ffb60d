using System.Collections.Immutable;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.TreatmentPlans.Plans;
using NodaTime;

namespace CounselingRecords.Practice.PlanReviews;

/// <summary>What opening plan review tasks needs.</summary>
/// <param name="Plans">The plans to check, typically those <see cref="TreatmentPlans.Specifications.PlansDueForReviewSpec"/> returns.</param>
/// <param name="OpenTasks">The open review tasks (so a plan with one already open gets no second).</param>
/// <param name="AsOf">The instant of the check; also the tasks' creation instant.</param>
/// <param name="Zone">The practice's time zone: it turns the instant into a date and a due date into the end of that day.</param>
/// <param name="DaysAhead">Also open tasks for reviews due within this many days (0: due or overdue only).</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record PlanReviewTaskInput(ImmutableArray<TreatmentPlan> Plans, ImmutableArray<PracticeTask> OpenTasks, Instant AsOf, DateTimeZone Zone, int DaysAhead = 0)
{
    /// <inheritdoc />
    public override string ToString() => $"PlanReviewTaskInput ({(Plans.IsDefault ? 0 : Plans.Length)} plans)";
}

using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Where a client's initial treatment plan stands against its deadline on a date, explained (R7.13).</summary>
/// <param name="ClientId">The client.</param>
/// <param name="AsOf">The date of the evaluation.</param>
/// <param name="Deadline">The deadline and how it was computed.</param>
/// <param name="CompletedOn">The date the plan was completed, when it was by <paramref name="AsOf"/>.</param>
/// <param name="State">Not due, due today, overdue, completed on time or completed late.</param>
/// <param name="Days">Days until the deadline (not due), past it (overdue or completed late); 0 otherwise.</param>
/// <param name="RuleId">The rule, <c>R7.13</c>.</param>
/// <param name="Explanation">A sentence for people.</param>
public sealed record InitialPlanStatus(
    ClientId ClientId,
    LocalDate AsOf,
    InitialPlanDeadline Deadline,
    LocalDate? CompletedOn,
    InitialPlanState State,
    int Days,
    string RuleId,
    string Explanation)
{
    /// <summary>Gets a value indicating whether the plan is missing and its deadline has passed.</summary>
    public bool IsOverdue => State == InitialPlanState.Overdue;
}

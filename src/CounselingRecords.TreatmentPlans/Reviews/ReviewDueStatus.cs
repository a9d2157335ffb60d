using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// Where a plan stands with its review on a date, explained: the due date, why it is due (the cadence's interval
/// or a material change), how many days remain or are overdue, and the rule (R7.13).
/// </summary>
/// <param name="AsOf">The date the status is for.</param>
/// <param name="DueOn">The due date, or <see langword="null"/> for a closed plan.</param>
/// <param name="Reason">Why it is due, or <see langword="null"/> for a closed plan.</param>
/// <param name="State">Not due, due, overdue, or not applicable.</param>
/// <param name="Days">Days until the due date (not due) or past it (overdue); 0 otherwise.</param>
/// <param name="RuleId">The rule, <c>R7.13</c>.</param>
/// <param name="Explanation">A sentence for people.</param>
public sealed record ReviewDueStatus(LocalDate AsOf, LocalDate? DueOn, ReviewDueReason? Reason, ReviewDueState State, int Days, string RuleId, string Explanation);

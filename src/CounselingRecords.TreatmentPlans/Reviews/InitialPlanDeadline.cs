using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// An initial treatment-plan deadline, explained (R7.13): the rule, its inputs and the date.
/// </summary>
/// <remarks>
/// For a "within N contacts or D days, whichever is later" rule (Montana outpatient) the deadline is the later of
/// the date of the N-th contact and the anchor date + D days. Before the N-th contact has happened the deadline is
/// not yet fixed: it is at least <see cref="DueOn"/> (the day-based date) and moves to the N-th contact's date when
/// that contact happens later; <see cref="IsFixed"/> is then <see langword="false"/>.
/// </remarks>
/// <param name="RuleCode">The code of the deadline rule, for example <c>us-mt-outpatient</c>.</param>
/// <param name="RuleId">The rule id, <c>R7.13</c>.</param>
/// <param name="Anchor">The event the deadline counts from.</param>
/// <param name="AnchorDate">The date of that event.</param>
/// <param name="DayBasedDueOn">The anchor date plus the rule's days (calendar or business days).</param>
/// <param name="ContactsRequired">The number of contacts the rule counts (0 when it counts none).</param>
/// <param name="ContactsCounted">The contacts counted (those on or before the date of the evaluation).</param>
/// <param name="NthContactOn">The date of the counted N-th contact, when it has happened.</param>
/// <param name="DueOn">The deadline, or, when not <see cref="IsFixed"/>, the earliest it can be.</param>
/// <param name="IsFixed">Whether the deadline is final (no pending contact can move it).</param>
/// <param name="Explanation">A sentence for people.</param>
public sealed record InitialPlanDeadline(
    string RuleCode,
    string RuleId,
    InitialPlanAnchor Anchor,
    LocalDate AnchorDate,
    LocalDate DayBasedDueOn,
    int ContactsRequired,
    int ContactsCounted,
    LocalDate? NthContactOn,
    LocalDate DueOn,
    bool IsFixed,
    string Explanation);

using System.Collections.Immutable;
using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// The earliest destruction date of a record, the rule that set it, every rule's outcome, and the legal holds: a
/// record is never destroyed on a date a legal hold is in force (<see cref="MayDestroyOn"/>).
/// </summary>
public sealed class RetentionDecision
{
    /// <summary>Initializes a new instance of the <see cref="RetentionDecision"/> class.</summary>
    /// <param name="earliestDestructionDate">The first date the retention rules allow destruction.</param>
    /// <param name="decidingRuleId">The rule that gave that date.</param>
    /// <param name="outcomes">Every rule's outcome.</param>
    /// <param name="legalHolds">The legal holds on the record.</param>
    /// <param name="explanation">Why, in words.</param>
    public RetentionDecision(LocalDate earliestDestructionDate, string decidingRuleId, ImmutableArray<RetentionRuleOutcome> outcomes, ImmutableArray<LegalHold> legalHolds, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidingRuleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        EarliestDestructionDate = earliestDestructionDate;
        DecidingRuleId = decidingRuleId;
        Outcomes = outcomes.IsDefault ? ImmutableArray<RetentionRuleOutcome>.Empty : outcomes;
        LegalHolds = legalHolds.IsDefault ? ImmutableArray<LegalHold>.Empty : legalHolds;
        Explanation = explanation;
    }

    /// <summary>Gets the first date the retention rules allow destruction.</summary>
    public LocalDate EarliestDestructionDate { get; }

    /// <summary>Gets the rule that gave that date.</summary>
    public string DecidingRuleId { get; }

    /// <summary>Gets every rule's outcome.</summary>
    public ImmutableArray<RetentionRuleOutcome> Outcomes { get; }

    /// <summary>Gets the legal holds on the record.</summary>
    public ImmutableArray<LegalHold> LegalHolds { get; }

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; }

    /// <summary>Returns the legal holds in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The holds.</returns>
    public ImmutableArray<LegalHold> HoldsInForceOn(LocalDate date) => LegalHolds.Where(h => h.IsActiveOn(date)).ToImmutableArray();

    /// <summary>Returns whether the record may be destroyed on a date: on or after the earliest destruction date and with no legal hold in force (R7.11).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when destruction is allowed.</returns>
    public bool MayDestroyOn(LocalDate date) => date >= EarliestDestructionDate && HoldsInForceOn(date).IsEmpty;

    /// <inheritdoc />
    public override string ToString() => Explanation;
}

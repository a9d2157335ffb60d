using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>What one rule gave: whether it applied, the date it keeps the record until, and why.</summary>
public sealed class RetentionRuleOutcome
{
    /// <summary>Initializes a new instance of the <see cref="RetentionRuleOutcome"/> class.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="applies">Whether it applied.</param>
    /// <param name="retainUntil">The date the record may be destroyed from under this rule, when it applied.</param>
    /// <param name="explanation">Why, in words.</param>
    public RetentionRuleOutcome(string ruleId, bool applies, LocalDate? retainUntil, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        if (applies != (retainUntil is not null))
        {
            throw new ArgumentException("An applying rule gives a date; one that does not apply gives none.", nameof(retainUntil));
        }

        RuleId = ruleId;
        Applies = applies;
        RetainUntil = retainUntil;
        Explanation = explanation;
    }

    /// <summary>Gets the rule.</summary>
    public string RuleId { get; }

    /// <summary>Gets a value indicating whether it applied.</summary>
    public bool Applies { get; }

    /// <summary>Gets the date under this rule.</summary>
    public LocalDate? RetainUntil { get; }

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; }

    /// <inheritdoc />
    public override string ToString() => Explanation;
}

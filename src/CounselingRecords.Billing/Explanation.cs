namespace CounselingRecords.Billing;

/// <summary>
/// Why an amount, a code or a decision is what it is: the rule that decided (for example <c>R1.1</c> or a
/// practice policy reference) and a sentence a person can read on a statement or in an audit.
/// </summary>
/// <param name="RuleId">The rule or policy reference that decided, or <see langword="null"/> for a plain posting.</param>
/// <param name="Sentence">The sentence; it names amounts, dates, codes and rules, never clinical content.</param>
public sealed record Explanation(string? RuleId, string Sentence)
{
    /// <summary>Gets the sentence.</summary>
    public string Sentence { get; init; } = !string.IsNullOrWhiteSpace(Sentence) ? Sentence : throw new ArgumentException("An explanation has a sentence.", nameof(Sentence));

    /// <summary>Gets the rule id in brackets followed by the sentence, for example <c>[R1.1] 45 minutes → 90834.</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() => RuleId is null ? Sentence : $"[{RuleId}] {Sentence}";
}

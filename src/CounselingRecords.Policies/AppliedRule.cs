using System.Collections.Immutable;
using CounselingRecords.Finance;

namespace CounselingRecords.Policies;

/// <summary>
/// One rule that took part in a decision: the rule id it rests on (a domain rule such as <c>R4.9</c>, or a
/// policy rule such as <c>policy.provider-initiated</c>), a stable key naming the step (see
/// <see cref="Cancellations.CancellationRuleKeys"/>), the inputs it decided on, a sentence a client could read
/// on a statement, and, for fee steps, the fee after the step. Decisions list their rules in the order they
/// were applied, so reading them top to bottom explains the outcome.
/// </summary>
public sealed class AppliedRule : IEquatable<AppliedRule>
{
    /// <summary>Initializes a new instance of the <see cref="AppliedRule"/> class.</summary>
    /// <param name="ruleId">The rule id, for example <c>R4.6</c>.</param>
    /// <param name="key">The stable key of the step, for example <c>payer.medicaid</c>.</param>
    /// <param name="inputs">The inputs the rule decided on.</param>
    /// <param name="explanation">A sentence a client could read.</param>
    /// <param name="feeAfter">The fee after this step, for steps that set or change the fee.</param>
    public AppliedRule(string ruleId, string key, ImmutableArray<RuleInput> inputs, string explanation, Money? feeAfter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        RuleId = ruleId;
        Key = key;
        Inputs = inputs.IsDefault ? ImmutableArray<RuleInput>.Empty : inputs;
        Explanation = explanation;
        FeeAfter = feeAfter;
    }

    /// <summary>Gets the rule id, for example <c>R4.6</c>.</summary>
    public string RuleId { get; }

    /// <summary>Gets the stable key of the step.</summary>
    public string Key { get; }

    /// <summary>Gets the inputs the rule decided on.</summary>
    public ImmutableArray<RuleInput> Inputs { get; }

    /// <summary>Gets a sentence a client could read on a statement.</summary>
    public string Explanation { get; }

    /// <summary>Gets the fee after this step, for steps that set or change the fee.</summary>
    public Money? FeeAfter { get; }

    /// <summary>Returns the value of the named input, or <see langword="null"/> when the rule has no such input.</summary>
    /// <param name="name">The input's name.</param>
    /// <returns>The value.</returns>
    public string? Input(string name)
    {
        foreach (var input in Inputs)
        {
            if (string.Equals(input.Name, name, StringComparison.Ordinal))
            {
                return input.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(AppliedRule? other) =>
        other is not null && RuleId == other.RuleId && Key == other.Key && Inputs.SequenceEqual(other.Inputs)
        && Explanation == other.Explanation && FeeAfter == other.FeeAfter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AppliedRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Key, Explanation, FeeAfter);

    /// <summary>Compares two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AppliedRule? left, AppliedRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AppliedRule? left, AppliedRule? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Key}: {Explanation}";
}

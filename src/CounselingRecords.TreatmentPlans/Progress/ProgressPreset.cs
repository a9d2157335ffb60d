using System.Collections.Immutable;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// A named set of <see cref="InstrumentChangeRule"/>s, one per instrument, that drives progress classification
/// (R8.8): the US preset (PHQ-9 MCID and HEDIS response/remission, R8.5), the NHS Talking Therapies preset
/// (R8.6), or a reliable change index preset (R8.7). See <see cref="ProgressPresets"/>.
/// </summary>
public sealed record ProgressPreset
{
    /// <summary>Initializes a new instance of the <see cref="ProgressPreset"/> class.</summary>
    /// <param name="code">A stable code, for example <c>us-mcid-hedis</c>.</param>
    /// <param name="name">A name for people.</param>
    /// <param name="rules">One rule per instrument.</param>
    /// <exception cref="ArgumentException">Two rules are for the same instrument.</exception>
    public ProgressPreset(string code, string name, ImmutableArray<InstrumentChangeRule> rules)
    {
        Code = Internal.Required(code, nameof(code));
        Name = Internal.Required(name, nameof(name));
        Rules = rules.OrEmpty();
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentException("A rule is missing.", nameof(rules));
        }

        if (Rules.Select(r => r.InstrumentCode).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Rules.Length)
        {
            throw new ArgumentException("A preset has at most one rule per instrument.", nameof(rules));
        }
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name for people.</summary>
    public string Name { get; }

    /// <summary>Gets the rules, one per instrument.</summary>
    public ImmutableArray<InstrumentChangeRule> Rules { get; }

    /// <summary>Returns the rule for an instrument, if any.</summary>
    /// <param name="instrumentCode">The instrument code.</param>
    /// <returns>The rule, or <see langword="null"/>.</returns>
    public InstrumentChangeRule? RuleFor(string? instrumentCode) => Rules.FirstOrDefault(r => r.IsFor(instrumentCode));

    /// <summary>Returns a preset with <paramref name="rule"/> added, replacing the rule for the same instrument.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new preset (same code and name).</returns>
    public ProgressPreset With(InstrumentChangeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ProgressPreset(Code, Name, [.. Rules.Where(r => !r.IsFor(rule.InstrumentCode)), rule]);
    }

    /// <inheritdoc />
    public bool Equals(ProgressPreset? other) =>
        other is not null && Code == other.Code && Name == other.Name && Internal.SequenceEquals(Rules, other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Name, Rules.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"{Name} ({Code})");
}

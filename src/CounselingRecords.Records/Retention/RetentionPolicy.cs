using System.Collections.Immutable;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// A set of retention rules with the age of majority they assume. The earliest destruction date of a record is the
/// latest date any applicable rule gives (R7.11: <c>retainUntil = max(rule_i)</c>), and never while a legal hold is
/// in force. Presets are in <see cref="RetentionPresets"/>; combine a state preset with a payer overlay with
/// <see cref="Including"/>.
/// </summary>
public sealed class RetentionPolicy
{
    /// <summary>Initializes a new instance of the <see cref="RetentionPolicy"/> class.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="ageOfMajority">The age of majority (18 in most US states, configurable).</param>
    /// <param name="rules">The rules.</param>
    public RetentionPolicy(string name, int ageOfMajority, ImmutableArray<RetentionRule> rules)
    {
        Name = name;
        AgeOfMajority = ageOfMajority;
        Rules = rules.IsDefault ? ImmutableArray<RetentionRule>.Empty : rules;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the age of majority.</summary>
    public int AgeOfMajority { get; }

    /// <summary>Gets the rules.</summary>
    public ImmutableArray<RetentionRule> Rules { get; }

    /// <summary>Returns this policy with another age of majority.</summary>
    /// <param name="ageOfMajority">The age of majority.</param>
    /// <returns>The policy.</returns>
    public RetentionPolicy WithAgeOfMajority(int ageOfMajority) => new(Name, ageOfMajority, Rules);

    /// <summary>Returns a policy holding the rules of this one and another (for example a state preset and a payer overlay); this one's age of majority is kept.</summary>
    /// <param name="other">The other policy.</param>
    /// <returns>The combined policy.</returns>
    public RetentionPolicy Including(RetentionPolicy other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RetentionPolicy($"{Name} + {other.Name}", AgeOfMajority, Rules.AddRange(other.Rules.Where(r => Rules.All(mine => mine.Id != r.Id))));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} (majority at {AgeOfMajority}, {Rules.Length} rules)";
}

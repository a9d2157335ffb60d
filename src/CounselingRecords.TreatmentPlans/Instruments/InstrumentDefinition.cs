using System.Collections.Immutable;
using CounselingRecords.Results;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// A measurement instrument as data: its code (and LOINC code of the total), items with answer ranges,
/// scoring by sum of the scored items, severity bands, critical items that raise a flag regardless of the total,
/// screening cut-offs, and how many missing items may be prorated when a caller opts in (R8.4). PHQ-9 and GAD-7
/// ship in <see cref="StandardInstruments"/>; any other sum-scored instrument needs only a definition.
/// </summary>
public sealed record InstrumentDefinition
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentDefinition"/> class.</summary>
    /// <param name="code">The instrument code, for example <c>PHQ-9</c>.</param>
    /// <param name="name">The instrument's name.</param>
    /// <param name="loincCode">The LOINC code of the total score, for example <c>44261-6</c>, if any.</param>
    /// <param name="items">The items, numbered 1..n in order.</param>
    /// <param name="bands">Severity bands covering every total from the lowest to the highest without gaps (may be empty).</param>
    /// <param name="criticalItems">Items that raise a flag regardless of the total.</param>
    /// <param name="cutOffs">Screening cut-offs on the total.</param>
    /// <param name="maximumProratedItems">How many scored items may be missing and prorated when the caller opts in; 0 for never.</param>
    /// <param name="ruleId">The scoring rule, for example <c>R8.1</c>, if any.</param>
    /// <param name="source">The citation of the scoring rules.</param>
    /// <exception cref="ArgumentException">The definition is not well formed (see <see cref="InstrumentDefinitionInputValidator"/>).</exception>
    public InstrumentDefinition(
        string code,
        string name,
        string? loincCode,
        ImmutableArray<InstrumentItem> items,
        ImmutableArray<SeverityBand> bands,
        ImmutableArray<CriticalItemRule> criticalItems,
        ImmutableArray<InstrumentCutOff> cutOffs,
        int maximumProratedItems,
        string? ruleId,
        string source)
    {
        Code = Internal.Required(code, nameof(code));
        Name = Internal.Required(name, nameof(name));
        Source = Internal.Required(source, nameof(source));
        LoincCode = loincCode;
        Items = items.OrEmpty();
        Bands = bands.OrEmpty();
        CriticalItems = criticalItems.OrEmpty();
        CutOffs = cutOffs.OrEmpty();
        MaximumProratedItems = maximumProratedItems;
        RuleId = ruleId;
        var problem = InstrumentDefinitionRules.Check(Items, Bands, CriticalItems, CutOffs, maximumProratedItems).FirstOrDefault();
        if (problem.Code is not null)
        {
            throw new ArgumentException(Internal.Inv($"Instrument {Code}: {problem.Message}"), problem.Property);
        }

        ScoredItemCount = Items.Count(item => item.Scored);
        MinimumTotal = Items.Where(item => item.Scored).Sum(item => item.MinimumAnswer);
        MaximumTotal = Items.Where(item => item.Scored).Sum(item => item.MaximumAnswer);
    }

    /// <summary>Gets the instrument code, for example <c>PHQ-9</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the instrument's name.</summary>
    public string Name { get; }

    /// <summary>Gets the LOINC code of the total score, if any.</summary>
    public string? LoincCode { get; }

    /// <summary>Gets the items, numbered 1..n.</summary>
    public ImmutableArray<InstrumentItem> Items { get; }

    /// <summary>Gets the severity bands (empty when the instrument has none).</summary>
    public ImmutableArray<SeverityBand> Bands { get; }

    /// <summary>Gets the items that raise a flag regardless of the total.</summary>
    public ImmutableArray<CriticalItemRule> CriticalItems { get; }

    /// <summary>Gets the screening cut-offs.</summary>
    public ImmutableArray<InstrumentCutOff> CutOffs { get; }

    /// <summary>Gets how many scored items may be missing and prorated when the caller opts in; 0 for never.</summary>
    public int MaximumProratedItems { get; }

    /// <summary>Gets the scoring rule id, if any.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the citation of the scoring rules.</summary>
    public string Source { get; }

    /// <summary>Gets how many items count toward the total.</summary>
    public int ScoredItemCount { get; }

    /// <summary>Gets the lowest possible total.</summary>
    public int MinimumTotal { get; }

    /// <summary>Gets the highest possible total.</summary>
    public int MaximumTotal { get; }

    /// <summary>Creates a definition from input read from outside (a configuration file, a database).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The definition, or a <see cref="CoreErrorCodes.ValidationFailed"/> error whose details carry the codes.</returns>
    public static Result<InstrumentDefinition> Create(InstrumentDefinitionInput? input) =>
        InstrumentDefinitionInputValidator.Instance.Check(input).Map(valid => new InstrumentDefinition(
            valid.Code,
            valid.Name,
            string.IsNullOrWhiteSpace(valid.LoincCode) ? null : valid.LoincCode,
            [.. valid.Items],
            [.. valid.Bands],
            [.. valid.CriticalItems],
            [.. valid.CutOffs],
            valid.MaximumProratedItems,
            valid.RuleId,
            valid.Source));

    /// <summary>Returns the band holding <paramref name="total"/>, or <see langword="null"/> when the instrument has no bands.</summary>
    /// <param name="total">The total.</param>
    /// <returns>The band.</returns>
    public SeverityBand? BandFor(int total) => Bands.FirstOrDefault(band => band.Contains(total));

    /// <summary>Returns whether this definition has the given code (ordinal, ignoring case).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the codes match.</returns>
    public bool HasCode(string? code) => string.Equals(Code, code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Equals(InstrumentDefinition? other) =>
        other is not null && Code == other.Code && Name == other.Name && LoincCode == other.LoincCode
        && Internal.SequenceEquals(Items, other.Items) && Internal.SequenceEquals(Bands, other.Bands)
        && Internal.SequenceEquals(CriticalItems, other.CriticalItems) && Internal.SequenceEquals(CutOffs, other.CutOffs)
        && MaximumProratedItems == other.MaximumProratedItems && RuleId == other.RuleId && Source == other.Source;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Items.Length, MaximumTotal);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"{Code} ({Items.Length} items, total {MinimumTotal}-{MaximumTotal})");
}

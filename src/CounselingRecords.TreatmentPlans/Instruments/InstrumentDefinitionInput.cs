namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// An instrument definition as read from outside (a configuration file or database), checked by
/// <see cref="InstrumentDefinitionInputValidator"/> and turned into an <see cref="InstrumentDefinition"/> by
/// <see cref="InstrumentDefinition.Create"/>.
/// </summary>
public sealed record InstrumentDefinitionInput
{
    /// <summary>Gets the instrument code, for example <c>PCL-5</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the instrument's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the LOINC code of the total score, if any.</summary>
    public string? LoincCode { get; init; }

    /// <summary>Gets the items, numbered 1..n in order.</summary>
    public IReadOnlyList<InstrumentItem> Items { get; init; } = [];

    /// <summary>Gets the severity bands (may be empty).</summary>
    public IReadOnlyList<SeverityBand> Bands { get; init; } = [];

    /// <summary>Gets the critical items.</summary>
    public IReadOnlyList<CriticalItemRule> CriticalItems { get; init; } = [];

    /// <summary>Gets the screening cut-offs.</summary>
    public IReadOnlyList<InstrumentCutOff> CutOffs { get; init; } = [];

    /// <summary>Gets how many scored items may be prorated when the caller opts in; 0 for never.</summary>
    public int MaximumProratedItems { get; init; }

    /// <summary>Gets the scoring rule id, if any.</summary>
    public string? RuleId { get; init; }

    /// <summary>Gets the citation of the scoring rules.</summary>
    public string Source { get; init; } = string.Empty;
}

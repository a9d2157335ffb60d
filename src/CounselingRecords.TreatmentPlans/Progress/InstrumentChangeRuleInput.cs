namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>An <see cref="InstrumentChangeRule"/> as read from outside (a payer or programme configuration).</summary>
public sealed record InstrumentChangeRuleInput
{
    /// <summary>Gets the instrument code.</summary>
    public string InstrumentCode { get; init; } = string.Empty;

    /// <summary>Gets how reliable change is decided.</summary>
    public ReliableChangeMethod Method { get; init; }

    /// <summary>Gets the smallest reliable change in points (fixed-points rules).</summary>
    public decimal? ReliableChangePoints { get; init; }

    /// <summary>Gets the baseline standard deviation (reliable change index rules).</summary>
    public double? BaselineStandardDeviation { get; init; }

    /// <summary>Gets the reliability r_xx (reliable change index rules).</summary>
    public double? Reliability { get; init; }

    /// <summary>Gets the critical |RCI| (default 1.96).</summary>
    public double CriticalZ { get; init; } = 1.96d;

    /// <summary>Gets the remission threshold, if any.</summary>
    public decimal? RemissionBelow { get; init; }

    /// <summary>Gets a value indicating whether remission also needs reliable improvement.</summary>
    public bool RemissionRequiresReliableImprovement { get; init; }

    /// <summary>Gets the response percentage, if any.</summary>
    public decimal? ResponseReductionPercent { get; init; }

    /// <summary>Gets the lowest baseline for remission and response, if any.</summary>
    public decimal? MinimumBaseline { get; init; }

    /// <summary>Gets the paired instrument, if any.</summary>
    public string? PairedInstrumentCode { get; init; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; init; } = string.Empty;

    /// <summary>Gets the source.</summary>
    public string Source { get; init; } = string.Empty;
}

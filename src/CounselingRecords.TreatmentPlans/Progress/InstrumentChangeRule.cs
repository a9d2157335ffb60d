using CounselingRecords.Results;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// How change on one instrument is judged within a <see cref="ProgressPreset"/>: the reliable-change test (fixed
/// points, R8.5/R8.6, or the reliable change index, R8.7), the remission threshold (final score below it), the
/// response percentage (a drop of at least this share of the baseline), the lowest baseline for which remission
/// and response are assessed, and an optional paired instrument whose reliable deterioration cancels reliable
/// improvement and whose score must also fall below its own remission threshold (R8.6). Scores are symptom
/// scores: lower is better.
/// </summary>
public sealed record InstrumentChangeRule
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentChangeRule"/> class.</summary>
    /// <param name="instrumentCode">The instrument, for example <c>PHQ-9</c>.</param>
    /// <param name="method">How reliable change is decided.</param>
    /// <param name="reliableChangePoints">For <see cref="ReliableChangeMethod.FixedPoints"/>: the smallest reliable change in points.</param>
    /// <param name="baselineStandardDeviation">For the reliable change index: the standard deviation of baseline scores (SD_baseline).</param>
    /// <param name="reliability">For the reliable change index: the instrument's reliability r_xx, 0 ≤ r &lt; 1.</param>
    /// <param name="criticalZ">For the reliable change index: the critical |RCI| (1.96 for 95 %).</param>
    /// <param name="remissionBelow">Remission when the final score is below this, if the rule assesses remission.</param>
    /// <param name="remissionRequiresReliableImprovement">Whether remission also needs reliable improvement ("reliable recovery", R8.6).</param>
    /// <param name="responseReductionPercent">Response when the score fell by at least this percentage of the baseline, if assessed.</param>
    /// <param name="minimumBaseline">The lowest baseline for which remission and response are assessed, if any.</param>
    /// <param name="pairedInstrumentCode">The paired instrument (R8.6), if any.</param>
    /// <param name="ruleId">The rule id of the thresholds, for example <c>R8.5</c>.</param>
    /// <param name="source">Where the thresholds come from.</param>
    /// <exception cref="ArgumentException">The rule is not well formed.</exception>
    public InstrumentChangeRule(
        string instrumentCode,
        ReliableChangeMethod method,
        decimal? reliableChangePoints,
        double? baselineStandardDeviation,
        double? reliability,
        double criticalZ,
        decimal? remissionBelow,
        bool remissionRequiresReliableImprovement,
        decimal? responseReductionPercent,
        decimal? minimumBaseline,
        string? pairedInstrumentCode,
        string ruleId,
        string source)
    {
        var problem = InstrumentChangeRuleRules.Check(
            instrumentCode, method, reliableChangePoints, baselineStandardDeviation, reliability, criticalZ, remissionBelow,
            remissionRequiresReliableImprovement, responseReductionPercent, minimumBaseline, ruleId, source).FirstOrDefault();
        if (problem.Property is not null)
        {
            throw new ArgumentException(problem.Message, problem.Property);
        }

        if (pairedInstrumentCode is not null && (string.IsNullOrWhiteSpace(pairedInstrumentCode) || string.Equals(pairedInstrumentCode, instrumentCode, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException("The paired instrument must be another instrument.", nameof(pairedInstrumentCode));
        }

        InstrumentCode = instrumentCode;
        Method = method;
        ReliableChangePoints = method == ReliableChangeMethod.FixedPoints ? reliableChangePoints : null;
        BaselineStandardDeviation = method == ReliableChangeMethod.ReliableChangeIndex ? baselineStandardDeviation : null;
        Reliability = method == ReliableChangeMethod.ReliableChangeIndex ? reliability : null;
        CriticalZ = criticalZ;
        RemissionBelow = remissionBelow;
        RemissionRequiresReliableImprovement = remissionRequiresReliableImprovement;
        ResponseReductionPercent = responseReductionPercent;
        MinimumBaseline = minimumBaseline;
        PairedInstrumentCode = pairedInstrumentCode;
        RuleId = ruleId;
        Source = source;
    }

    /// <summary>Gets the instrument code.</summary>
    public string InstrumentCode { get; }

    /// <summary>Gets how reliable change is decided.</summary>
    public ReliableChangeMethod Method { get; }

    /// <summary>Gets the smallest reliable change in points (fixed-points rules).</summary>
    public decimal? ReliableChangePoints { get; }

    /// <summary>Gets the baseline standard deviation (reliable change index rules).</summary>
    public double? BaselineStandardDeviation { get; }

    /// <summary>Gets the reliability r_xx (reliable change index rules).</summary>
    public double? Reliability { get; }

    /// <summary>Gets the critical |RCI| (reliable change index rules; 1.96 for 95 %).</summary>
    public double CriticalZ { get; }

    /// <summary>Gets the remission threshold: remission when the final score is below it.</summary>
    public decimal? RemissionBelow { get; }

    /// <summary>Gets a value indicating whether remission also needs reliable improvement.</summary>
    public bool RemissionRequiresReliableImprovement { get; }

    /// <summary>Gets the response percentage: response when the score fell by at least this share of the baseline.</summary>
    public decimal? ResponseReductionPercent { get; }

    /// <summary>Gets the lowest baseline for which remission and response are assessed.</summary>
    public decimal? MinimumBaseline { get; }

    /// <summary>Gets the paired instrument, if any (R8.6).</summary>
    public string? PairedInstrumentCode { get; }

    /// <summary>Gets the rule id of the thresholds.</summary>
    public string RuleId { get; }

    /// <summary>Gets where the thresholds come from.</summary>
    public string Source { get; }

    /// <summary>Gets the rule id of the reliable-change test: R8.7 for the index, otherwise <see cref="RuleId"/>.</summary>
    public string ReliableChangeRuleId => Method == ReliableChangeMethod.ReliableChangeIndex ? "R8.7" : RuleId;

    /// <summary>
    /// Gets S_diff = √2 × SEM with SEM = SD_baseline × √(1 − r_xx) for reliable change index rules (R8.7), or
    /// <see langword="null"/> for fixed-points rules.
    /// </summary>
    public double? StandardErrorOfDifference =>
        Method == ReliableChangeMethod.ReliableChangeIndex
            ? Math.Sqrt(2d) * BaselineStandardDeviation!.Value * Math.Sqrt(1d - Reliability!.Value)
            : null;

    /// <summary>Creates a fixed-points rule.</summary>
    /// <param name="instrumentCode">The instrument.</param>
    /// <param name="reliableChangePoints">The smallest reliable change in points.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="source">The source.</param>
    /// <param name="remissionBelow">The remission threshold, if any.</param>
    /// <param name="responseReductionPercent">The response percentage, if any.</param>
    /// <param name="minimumBaseline">The lowest baseline for remission and response, if any.</param>
    /// <param name="remissionRequiresReliableImprovement">Whether remission also needs reliable improvement.</param>
    /// <param name="pairedInstrumentCode">The paired instrument, if any.</param>
    /// <returns>The rule.</returns>
    public static InstrumentChangeRule FixedPoints(
        string instrumentCode,
        decimal reliableChangePoints,
        string ruleId,
        string source,
        decimal? remissionBelow = null,
        decimal? responseReductionPercent = null,
        decimal? minimumBaseline = null,
        bool remissionRequiresReliableImprovement = false,
        string? pairedInstrumentCode = null) =>
        new(instrumentCode, ReliableChangeMethod.FixedPoints, reliableChangePoints, null, null, 1.96d, remissionBelow,
            remissionRequiresReliableImprovement, responseReductionPercent, minimumBaseline, pairedInstrumentCode, ruleId, source);

    /// <summary>Creates a reliable change index rule (R8.7): reliable when |RCI| &gt; <paramref name="criticalZ"/>.</summary>
    /// <param name="instrumentCode">The instrument.</param>
    /// <param name="baselineStandardDeviation">SD_baseline of the reference population.</param>
    /// <param name="reliability">r_xx of the instrument, 0 ≤ r &lt; 1.</param>
    /// <param name="source">Where the SD and reliability come from.</param>
    /// <param name="criticalZ">The critical |RCI| (1.96 for 95 %).</param>
    /// <param name="remissionBelow">The remission threshold, if any.</param>
    /// <param name="responseReductionPercent">The response percentage, if any.</param>
    /// <param name="minimumBaseline">The lowest baseline for remission and response, if any.</param>
    /// <returns>The rule.</returns>
    public static InstrumentChangeRule ReliableChangeIndex(
        string instrumentCode,
        double baselineStandardDeviation,
        double reliability,
        string source,
        double criticalZ = 1.96d,
        decimal? remissionBelow = null,
        decimal? responseReductionPercent = null,
        decimal? minimumBaseline = null) =>
        new(instrumentCode, ReliableChangeMethod.ReliableChangeIndex, null, baselineStandardDeviation, reliability, criticalZ,
            remissionBelow, false, responseReductionPercent, minimumBaseline, null, "R8.7", source);

    /// <summary>Creates a rule from input read from outside (a configuration file).</summary>
    /// <param name="input">The input.</param>
    /// <returns>The rule, or <see cref="CoreErrorCodes.ValidationFailed"/> with <see cref="TreatmentPlansErrorCodes.ProgressRuleInvalid"/> details.</returns>
    public static Result<InstrumentChangeRule> Create(InstrumentChangeRuleInput? input) =>
        InstrumentChangeRuleInputValidator.Instance.Check(input).Map(valid => new InstrumentChangeRule(
            valid.InstrumentCode, valid.Method, valid.ReliableChangePoints, valid.BaselineStandardDeviation, valid.Reliability,
            valid.CriticalZ, valid.RemissionBelow, valid.RemissionRequiresReliableImprovement, valid.ResponseReductionPercent,
            valid.MinimumBaseline, string.IsNullOrWhiteSpace(valid.PairedInstrumentCode) ? null : valid.PairedInstrumentCode,
            valid.RuleId, valid.Source));

    /// <summary>Returns whether this rule is for the given instrument (ordinal, ignoring case).</summary>
    /// <param name="code">The instrument code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsFor(string? code) => string.Equals(InstrumentCode, code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"{InstrumentCode} change rule ({Method}, {RuleId})");
}

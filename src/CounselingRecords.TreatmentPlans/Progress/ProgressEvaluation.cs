using System.Collections.Immutable;
using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// The result of a progress evaluation (R8.8), explaining itself: which scores were compared, under which
/// preset and rule, every test applied with its threshold and numbers, which test decided, and the safety
/// flag, which is reported beside the classification and never changes it (R8.2).
/// </summary>
[ProtectedHealthInformation]
public sealed record ProgressEvaluation
{
    /// <summary>Initializes a new instance of the <see cref="ProgressEvaluation"/> class.</summary>
    /// <param name="instrumentCode">The instrument.</param>
    /// <param name="presetCode">The preset's code.</param>
    /// <param name="presetName">The preset's name.</param>
    /// <param name="baseline">The baseline score.</param>
    /// <param name="final">The latest score.</param>
    /// <param name="pairedInstrumentCode">The paired instrument, when paired scores were used.</param>
    /// <param name="pairedBaseline">The paired baseline score, when used.</param>
    /// <param name="pairedFinal">The paired latest score, when used.</param>
    /// <param name="change">Final minus baseline.</param>
    /// <param name="percentChange">The change as a percentage of the baseline (one decimal), when the baseline is not zero.</param>
    /// <param name="classification">The classification.</param>
    /// <param name="decidingCriterion">The test that decided, or <see langword="null"/> for no reliable change.</param>
    /// <param name="decidingRuleId">The rule id behind the classification.</param>
    /// <param name="checks">Every test applied, in evaluation order.</param>
    /// <param name="safetyFlag">Whether the final administration raised the safety flag.</param>
    /// <param name="explanation">A sentence explaining the result.</param>
    public ProgressEvaluation(
        string instrumentCode,
        string presetCode,
        string presetName,
        ScorePoint baseline,
        ScorePoint final,
        string? pairedInstrumentCode,
        ScorePoint? pairedBaseline,
        ScorePoint? pairedFinal,
        decimal change,
        decimal? percentChange,
        ProgressClassification classification,
        ProgressCriterion? decidingCriterion,
        string decidingRuleId,
        ImmutableArray<CriterionCheck> checks,
        bool safetyFlag,
        string explanation)
    {
        InstrumentCode = Internal.Required(instrumentCode, nameof(instrumentCode));
        PresetCode = Internal.Required(presetCode, nameof(presetCode));
        PresetName = Internal.Required(presetName, nameof(presetName));
        Baseline = baseline ?? throw new ArgumentNullException(nameof(baseline));
        Final = final ?? throw new ArgumentNullException(nameof(final));
        PairedInstrumentCode = pairedInstrumentCode;
        PairedBaseline = pairedBaseline;
        PairedFinal = pairedFinal;
        Change = change;
        PercentChange = percentChange;
        Classification = Internal.Defined(classification, nameof(classification));
        DecidingCriterion = decidingCriterion;
        DecidingRuleId = Internal.Required(decidingRuleId, nameof(decidingRuleId));
        Checks = checks.OrEmpty();
        SafetyFlag = safetyFlag;
        Explanation = Internal.Required(explanation, nameof(explanation));
    }

    /// <summary>Gets the instrument.</summary>
    public string InstrumentCode { get; }

    /// <summary>Gets the preset's code.</summary>
    public string PresetCode { get; }

    /// <summary>Gets the preset's name.</summary>
    public string PresetName { get; }

    /// <summary>Gets the baseline score.</summary>
    public ScorePoint Baseline { get; }

    /// <summary>Gets the latest score.</summary>
    public ScorePoint Final { get; }

    /// <summary>Gets the paired instrument, when paired scores were used.</summary>
    public string? PairedInstrumentCode { get; }

    /// <summary>Gets the paired baseline score, when used.</summary>
    public ScorePoint? PairedBaseline { get; }

    /// <summary>Gets the paired latest score, when used.</summary>
    public ScorePoint? PairedFinal { get; }

    /// <summary>Gets final minus baseline (negative is improvement).</summary>
    public decimal Change { get; }

    /// <summary>Gets the change as a percentage of the baseline, when the baseline is not zero.</summary>
    public decimal? PercentChange { get; }

    /// <summary>Gets the classification.</summary>
    public ProgressClassification Classification { get; }

    /// <summary>Gets the test that decided, or <see langword="null"/> for no reliable change.</summary>
    public ProgressCriterion? DecidingCriterion { get; }

    /// <summary>Gets the rule id behind the classification.</summary>
    public string DecidingRuleId { get; }

    /// <summary>Gets every test applied, in evaluation order.</summary>
    public ImmutableArray<CriterionCheck> Checks { get; }

    /// <summary>Gets a value indicating whether the final administration raised the safety flag (R8.2).</summary>
    public bool SafetyFlag { get; }

    /// <summary>Gets a sentence explaining the result.</summary>
    public string Explanation { get; }

    /// <summary>Returns the check of a test, if it was applied.</summary>
    /// <param name="criterion">The test.</param>
    /// <returns>The check, or <see langword="null"/>.</returns>
    public CriterionCheck? Check(ProgressCriterion criterion) => Checks.FirstOrDefault(c => c.Criterion == criterion);

    /// <inheritdoc />
    public bool Equals(ProgressEvaluation? other) =>
        other is not null && InstrumentCode == other.InstrumentCode && PresetCode == other.PresetCode && PresetName == other.PresetName
        && Baseline == other.Baseline && Final == other.Final && PairedInstrumentCode == other.PairedInstrumentCode
        && PairedBaseline == other.PairedBaseline && PairedFinal == other.PairedFinal && Change == other.Change
        && PercentChange == other.PercentChange && Classification == other.Classification && DecidingCriterion == other.DecidingCriterion
        && DecidingRuleId == other.DecidingRuleId && Internal.SequenceEquals(Checks, other.Checks) && SafetyFlag == other.SafetyFlag
        && Explanation == other.Explanation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(InstrumentCode, PresetCode, Classification, Change);

    /// <inheritdoc />
    public override string ToString() =>
        Final.MeasurementId is { } id ? Internal.Inv($"ProgressEvaluation {InstrumentCode} at {id}") : Internal.Inv($"ProgressEvaluation {InstrumentCode}");
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CounselingRecords.Results;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// Classifies change on an instrument-measured objective (R8.5–R8.8). Tests, in order: reliable deterioration
/// (→ <see cref="ProgressClassification.ReliablyDeteriorated"/>), remission (→ <see cref="ProgressClassification.Remitted"/>),
/// response (→ <see cref="ProgressClassification.Response"/>), reliable improvement (→ <see cref="ProgressClassification.ReliablyImproved"/>),
/// otherwise <see cref="ProgressClassification.NoReliableChange"/>. Every test is monotonic in the final score, so
/// a lower final score never classifies worse, all else equal. Lower scores are better.
/// </summary>
public static class ProgressEvaluator
{
    /// <summary>Evaluates progress under a preset.</summary>
    /// <param name="input">The scores compared.</param>
    /// <param name="preset">The preset whose rule for the instrument applies.</param>
    /// <returns>The evaluation, or <see cref="TreatmentPlansErrorCodes.ProgressNoRuleForInstrument"/>.</returns>
    public static Result<ProgressEvaluation> Evaluate(ProgressInput input, ProgressPreset preset)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(preset);
        var rule = preset.RuleFor(input.InstrumentCode);
        if (rule is null)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.ProgressNoRuleForInstrument,
                Internal.Inv($"The preset {preset.Code} has no change rule for {input.InstrumentCode}."),
                "R8.8",
                input.InstrumentCode);
        }

        var pairedRule = rule.PairedInstrumentCode is { } pairedCode && input.PairedBaseline is not null
            ? preset.RuleFor(pairedCode)
            : null;
        return Evaluate(input, preset, rule, pairedRule);
    }

    /// <summary>Classifies a change under one rule without paired scores.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="baseline">The baseline score.</param>
    /// <param name="final">The latest score.</param>
    /// <returns>The classification.</returns>
    public static ProgressClassification Classify(InstrumentChangeRule rule, decimal baseline, decimal final)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var preset = new ProgressPreset("ad-hoc", "Single rule", [rule]);
        return Evaluate(ProgressInput.Of(rule.InstrumentCode, baseline, final), preset, rule, null).Classification;
    }

    private static ProgressEvaluation Evaluate(ProgressInput input, ProgressPreset preset, InstrumentChangeRule rule, InstrumentChangeRule? pairedRule)
    {
        var baseline = input.Baseline.Value;
        var final = input.Final.Value;
        var change = final - baseline;
        var own = Assess(rule, baseline, final);
        var paired = pairedRule is not null ? Assess(pairedRule, input.PairedBaseline!.Value, input.PairedFinal!.Value) : (ReliableChange?)null;
        var improved = own.Improved && paired is not { Deteriorated: true };

        var ownEligible = rule.MinimumBaseline is not { } minimum || baseline >= minimum;
        var pairedEligible = pairedRule is not null && (pairedRule.MinimumBaseline is not { } pairedMinimum || input.PairedBaseline!.Value >= pairedMinimum);

        var checks = ImmutableArray.CreateBuilder<CriterionCheck>(5);
        checks.Add(new CriterionCheck(
            ProgressCriterion.ReliableDeterioration, true, own.Deteriorated, rule.ReliableChangeRuleId, "increase " + own.Threshold, own.Observed));

        if (rule.RemissionBelow is { } remissionBelow)
        {
            var applicable = ownEligible || pairedEligible;
            var pairedBelow = pairedRule?.RemissionBelow is not { } pairedRemission || input.PairedFinal!.Value < pairedRemission;
            var met = applicable && final < remissionBelow && pairedBelow && (!rule.RemissionRequiresReliableImprovement || improved);
            var threshold = new StringBuilder(Internal.Inv($"final < {Num(remissionBelow)}"));
            if (pairedRule?.RemissionBelow is { } pr)
            {
                threshold.Append(Internal.Inv($" and {pairedRule.InstrumentCode} < {Num(pr)}"));
            }

            if (rule.MinimumBaseline is { } mb)
            {
                threshold.Append(pairedRule?.MinimumBaseline is { } pmb
                    ? Internal.Inv($", with baseline {input.InstrumentCode} ≥ {Num(mb)} or {pairedRule.InstrumentCode} ≥ {Num(pmb)}")
                    : Internal.Inv($", assessed for baseline ≥ {Num(mb)}"));
            }

            if (rule.RemissionRequiresReliableImprovement)
            {
                threshold.Append(", with reliable improvement");
            }

            var observed = new StringBuilder(Internal.Inv($"baseline {Num(baseline)}, final {Num(final)}"));
            if (pairedRule is not null)
            {
                observed.Append(Internal.Inv($"; {pairedRule.InstrumentCode} baseline {Num(input.PairedBaseline!.Value)}, final {Num(input.PairedFinal!.Value)}"));
            }

            checks.Add(new CriterionCheck(ProgressCriterion.Remission, applicable, met, rule.RuleId, threshold.ToString(), observed.ToString()));
        }

        if (rule.ResponseReductionPercent is { } percent)
        {
            var applicable = ownEligible && baseline > 0m;
            var met = applicable && (baseline - final) * 100m >= percent * baseline;
            var threshold = Internal.Inv($"drop ≥ {Num(percent)} % of baseline{(rule.MinimumBaseline is { } mb ? Internal.Inv($", assessed for baseline ≥ {Num(mb)}") : string.Empty)}");
            var observed = baseline > 0m
                ? Internal.Inv($"drop {Num(baseline - final)} of {Num(baseline)} = {Pct((baseline - final) * 100m / baseline)} %")
                : "baseline 0: no reduction possible";
            checks.Add(new CriterionCheck(ProgressCriterion.Response, applicable, met, rule.RuleId, threshold, observed));
        }

        checks.Add(new CriterionCheck(
            ProgressCriterion.ReliableImprovement,
            true,
            improved,
            rule.ReliableChangeRuleId,
            "decrease " + own.Threshold + (pairedRule is null ? string.Empty : Internal.Inv($", and no reliable deterioration on {pairedRule.InstrumentCode}")),
            own.Observed));

        if (pairedRule is not null)
        {
            checks.Add(new CriterionCheck(
                ProgressCriterion.PairedDeterioration, true, paired!.Value.Deteriorated, pairedRule.ReliableChangeRuleId,
                Internal.Inv($"{pairedRule.InstrumentCode} increase {paired.Value.Threshold}"), paired.Value.Observed));
        }

        var all = checks.ToImmutable();
        var deciding = all.FirstOrDefault(c => c.Met && c.Criterion != ProgressCriterion.PairedDeterioration);
        var classification = deciding?.Criterion switch
        {
            ProgressCriterion.ReliableDeterioration => ProgressClassification.ReliablyDeteriorated,
            ProgressCriterion.Remission => ProgressClassification.Remitted,
            ProgressCriterion.Response => ProgressClassification.Response,
            ProgressCriterion.ReliableImprovement => ProgressClassification.ReliablyImproved,
            _ => ProgressClassification.NoReliableChange,
        };
        var decidingRuleId = deciding?.RuleId ?? rule.ReliableChangeRuleId;
        decimal? percentChange = baseline != 0m ? Math.Round(change * 100m / baseline, 1, MidpointRounding.AwayFromZero) : null;

        return new ProgressEvaluation(
            input.InstrumentCode,
            preset.Code,
            preset.Name,
            input.Baseline,
            input.Final,
            pairedRule?.InstrumentCode,
            pairedRule is null ? null : input.PairedBaseline,
            pairedRule is null ? null : input.PairedFinal,
            change,
            percentChange,
            classification,
            deciding?.Criterion,
            decidingRuleId,
            all,
            input.SafetyFlag,
            Explain(input, preset, change, percentChange, classification, deciding, all));
    }

    private static ReliableChange Assess(InstrumentChangeRule rule, decimal baseline, decimal final)
    {
        var change = final - baseline;
        if (rule.Method == ReliableChangeMethod.FixedPoints)
        {
            var points = rule.ReliableChangePoints!.Value;
            return new ReliableChange(
                change >= points,
                -change >= points,
                Internal.Inv($"≥ {Num(points)} points"),
                Internal.Inv($"change {Signed(change)} ({Num(baseline)} → {Num(final)})"));
        }

        // R8.7: RCI = (x2 − x1) / S_diff, S_diff = √2 × SEM, SEM = SD × √(1 − r); reliable when |RCI| > z.
        var sDiff = rule.StandardErrorOfDifference!.Value;
        var rci = (double)change / sDiff;
        return new ReliableChange(
            rci > rule.CriticalZ,
            rci < -rule.CriticalZ,
            Internal.Inv($"with |RCI| > {Internal.Num2(rule.CriticalZ)} (S_diff = √2 × {Internal.Num2(rule.BaselineStandardDeviation!.Value)} × √(1 − {Internal.Num2(rule.Reliability!.Value)}) = {Internal.Num2(sDiff)}, i.e. more than {Internal.Num2(rule.CriticalZ * sDiff)} points)"),
            Internal.Inv($"RCI = ({Num(final)} − {Num(baseline)}) / {Internal.Num2(sDiff)} = {Internal.Num2(rci)}"));
    }

    private static string Explain(
        ProgressInput input,
        ProgressPreset preset,
        decimal change,
        decimal? percentChange,
        ProgressClassification classification,
        CriterionCheck? deciding,
        ImmutableArray<CriterionCheck> checks)
    {
        var text = new StringBuilder();
        text.Append(Internal.Inv($"{input.InstrumentCode} {Num(input.Baseline.Value)}{On(input.Baseline)} → {Num(input.Final.Value)}{On(input.Final)}"));
        text.Append(Internal.Inv($" (change {Signed(change)}{(percentChange is { } p ? Internal.Inv($", {Signed(p)} %") : string.Empty)})"));
        text.Append(Internal.Inv($" under {preset.Name}: {classification}"));
        if (deciding is not null)
        {
            text.Append(Internal.Inv($" because {Describe(deciding.Criterion)} was met ({deciding.Threshold}; {deciding.Observed}; {deciding.RuleId})"));
        }
        else
        {
            var reliable = checks.First(c => c.Criterion == ProgressCriterion.ReliableImprovement);
            var pairedDeterioration = checks.FirstOrDefault(c => c.Criterion == ProgressCriterion.PairedDeterioration && c.Met);
            text.Append(pairedDeterioration is not null
                ? Internal.Inv($" because no test was met: reliable improvement does not count while the paired measure reliably deteriorated ({pairedDeterioration.Threshold}; {pairedDeterioration.Observed}; {pairedDeterioration.RuleId})")
                : Internal.Inv($" because no test was met: the change is within the reliable-change threshold ({reliable.Threshold}; {reliable.Observed}; {reliable.RuleId})"));
        }

        var others = checks.Where(c => c != deciding).Select(c => Internal.Inv($"{Describe(c.Criterion)} {(c.Applicable ? (c.Met ? "met" : "not met") : "not assessed")}"));
        text.Append("; ").Append(string.Join(", ", others)).Append('.');
        if (input.SafetyFlag)
        {
            text.Append(" The latest administration raised the safety flag (R8.2), which is reported apart from this classification.");
        }

        return text.ToString();
    }

    private static string Describe(ProgressCriterion criterion) => criterion switch
    {
        ProgressCriterion.ReliableDeterioration => "reliable deterioration",
        ProgressCriterion.Remission => "remission",
        ProgressCriterion.Response => "response",
        ProgressCriterion.ReliableImprovement => "reliable improvement",
        _ => "paired deterioration",
    };

    private static string On(ScorePoint point) =>
        point.MeasuredOn is { } date ? " on " + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static string Num(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Pct(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Signed(decimal value) => (value > 0m ? "+" : string.Empty) + value.ToString("0.##", CultureInfo.InvariantCulture);

    private readonly record struct ReliableChange(bool Deteriorated, bool Improved, string Threshold, string Observed);
}

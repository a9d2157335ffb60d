using CounselingRecords.TreatmentPlans.Progress;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CounselingRecords.TreatmentPlans.Tests.Progress;

public sealed class ProgressClassificationProperties
{
    [Property(Arbitrary = [typeof(ProgressArbitraries)], MaxTest = 500)]
    public bool Classification_LowerFinalScore_NeverClassifiesWorse_AllElseEqual(MonotonicCase c)
    {
        var higher = ProgressEvaluator.Evaluate(c.With(c.HigherFinal), c.Preset).Value.Classification;
        var lower = ProgressEvaluator.Evaluate(c.With(c.LowerFinal), c.Preset).Value.Classification;
        return lower >= higher;
    }

    [Property(Arbitrary = [typeof(ProgressArbitraries)], MaxTest = 300)]
    public bool Classification_IsDecidedByTheFirstMetTestInEvaluationOrder(MonotonicCase c)
    {
        var evaluation = ProgressEvaluator.Evaluate(c.With(c.LowerFinal), c.Preset).Value;
        var firstMet = evaluation.Checks.FirstOrDefault(check => check.Met && check.Criterion != ProgressCriterion.PairedDeterioration);
        return evaluation.DecidingCriterion == firstMet?.Criterion
            && (firstMet is not null || evaluation.Classification == ProgressClassification.NoReliableChange);
    }
}

/// <summary>Same instrument, preset, baseline and paired scores; two final scores with <see cref="LowerFinal"/> ≤ <see cref="HigherFinal"/>.</summary>
public sealed record MonotonicCase(ProgressPreset Preset, string Instrument, decimal Baseline, decimal LowerFinal, decimal HigherFinal, (decimal Baseline, decimal Final)? Paired)
{
    public ProgressInput With(decimal final)
    {
        var input = ProgressInput.Of(Instrument, Baseline, final);
        return Paired is { } p ? input.WithPaired(p.Baseline, p.Final) : input;
    }

    public override string ToString() => $"{Preset.Code} {Instrument} {Baseline} -> {LowerFinal}/{HigherFinal} paired {Paired}";
}

public static class ProgressArbitraries
{
    public static Arbitrary<MonotonicCase> Cases() =>
        Gen.OneOf(Standard(), ReliableChangeIndex()).ToArbitrary();

    private static Gen<MonotonicCase> Standard() =>
        from preset in Gen.Elements(ProgressPresets.UnitedStates, ProgressPresets.UkTalkingTherapies)
        from instrument in preset == ProgressPresets.UnitedStates ? Gen.Constant("PHQ-9") : Gen.Elements("PHQ-9", "GAD-7")
        from baseline in Gen.Choose(0, instrument == "PHQ-9" ? 27 : 21)
        from a in Gen.Choose(0, instrument == "PHQ-9" ? 27 : 21)
        from b in Gen.Choose(0, instrument == "PHQ-9" ? 27 : 21)
        from paired in Gen.Elements(true, false)
        from pb in Gen.Choose(0, 21)
        from pf in Gen.Choose(0, 21)
        select new MonotonicCase(preset, instrument, baseline, Math.Min(a, b), Math.Max(a, b), paired ? (pb, pf) : null);

    private static Gen<MonotonicCase> ReliableChangeIndex() =>
        from sd in Gen.Choose(1, 100).Select(v => v / 10d)
        from r in Gen.Choose(0, 95).Select(v => v / 100d)
        from remission in Gen.Elements<decimal?>(null, 5m, 10m)
        from response in Gen.Elements<decimal?>(null, 50m, 30m)
        from minimum in Gen.Elements<decimal?>(null, 10m)
        from baseline in Gen.Choose(0, 80)
        from a in Gen.Choose(0, 80)
        from b in Gen.Choose(0, 80)
        let rule = InstrumentChangeRule.ReliableChangeIndex("X", sd, r, "test data", 1.96d, remission, response, minimum)
        select new MonotonicCase(ProgressPresets.ReliableChangeIndex("rci", "RCI", rule), "X", baseline, Math.Min(a, b), Math.Max(a, b), null);
}

using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Progress;

namespace CounselingRecords.TreatmentPlans.Tests.Progress;

public sealed class ProgressEvaluatorTests
{
    private static ProgressEvaluation Us(decimal baseline, decimal final) =>
        ProgressEvaluator.Evaluate(ProgressInput.Of("PHQ-9", baseline, final), ProgressPresets.UnitedStates).Value;

    private static ProgressEvaluation Uk(string code, decimal baseline, decimal final) =>
        ProgressEvaluator.Evaluate(ProgressInput.Of(code, baseline, final), ProgressPresets.UkTalkingTherapies).Value;

    [Fact]
    public void UnitedStates_FinalBelowFive_IsRemitted_AndExplainsTheRule_R8_5()
    {
        var evaluation = Us(18, 4);

        Assert.Equal(ProgressClassification.Remitted, evaluation.Classification);
        Assert.Equal(ProgressCriterion.Remission, evaluation.DecidingCriterion);
        Assert.Equal("R8.5", evaluation.DecidingRuleId);
        Assert.Equal(-14m, evaluation.Change);
        Assert.Equal(-77.8m, evaluation.PercentChange);
        Assert.Contains("final < 5", evaluation.Explanation, StringComparison.Ordinal);
        Assert.Contains("baseline 18, final 4", evaluation.Explanation, StringComparison.Ordinal);
        Assert.Contains("R8.5", evaluation.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitedStates_HalfOfBaseline_IsResponse_R8_5()
    {
        var evaluation = Us(18, 9);

        Assert.Equal(ProgressClassification.Response, evaluation.Classification);
        Assert.Equal("drop 9 of 18 = 50.0 %", evaluation.Check(ProgressCriterion.Response)!.Observed);
    }

    [Fact]
    public void UnitedStates_DropOfFivePoints_IsReliableImprovement_R8_5()
    {
        Assert.Equal(ProgressClassification.ReliablyImproved, Us(18, 13).Classification);
        Assert.Equal(ProgressClassification.NoReliableChange, Us(18, 14).Classification);
    }

    [Fact]
    public void UnitedStates_RiseOfFivePoints_IsReliableDeterioration_R8_5()
    {
        Assert.Equal(ProgressClassification.ReliablyDeteriorated, Us(12, 17).Classification);
        Assert.Equal(ProgressClassification.NoReliableChange, Us(12, 16).Classification);
    }

    [Fact]
    public void UnitedStates_BaselineNineOrLess_RemissionAndResponseNotAssessed_R8_5()
    {
        var evaluation = Us(9, 3);

        Assert.Equal(ProgressClassification.ReliablyImproved, evaluation.Classification);
        Assert.False(evaluation.Check(ProgressCriterion.Remission)!.Applicable);
        Assert.False(evaluation.Check(ProgressCriterion.Response)!.Applicable);
    }

    [Fact]
    public void UnitedStates_Gad7_HasNoRule()
    {
        var result = ProgressEvaluator.Evaluate(ProgressInput.Of("GAD-7", 12, 4), ProgressPresets.UnitedStates);

        Assert.Equal(TreatmentPlansErrorCodes.ProgressNoRuleForInstrument, result.Error.Code);
    }

    [Fact]
    public void UnitedStates_WithAGad7RuleAdded_EvaluatesGad7()
    {
        var preset = ProgressPresets.UnitedStates.With(ProgressPresets.UkTalkingTherapies.RuleFor("GAD-7")!);

        var evaluation = ProgressEvaluator.Evaluate(ProgressInput.Of("GAD-7", 12, 7), preset).Value;

        Assert.Equal(ProgressClassification.Remitted, evaluation.Classification);
    }

    [Fact]
    public void UkTalkingTherapies_CaseToBelowCasenessWithReliableImprovement_IsRemitted_R8_6()
    {
        Assert.Equal(ProgressClassification.Remitted, Uk("PHQ-9", 15, 9).Classification);
        Assert.Equal(ProgressClassification.Remitted, Uk("GAD-7", 12, 7).Classification);
    }

    [Fact]
    public void UkTalkingTherapies_BelowCasenessWithoutReliableImprovement_IsNoReliableChange_R8_6()
    {
        var evaluation = Uk("PHQ-9", 12, 8);

        Assert.Equal(ProgressClassification.NoReliableChange, evaluation.Classification);
        Assert.Null(evaluation.DecidingCriterion);
    }

    [Fact]
    public void UkTalkingTherapies_ThresholdsAreSixAndFourPoints_R8_6()
    {
        Assert.Equal(ProgressClassification.ReliablyImproved, Uk("PHQ-9", 9, 3).Classification);
        Assert.Equal(ProgressClassification.NoReliableChange, Uk("PHQ-9", 9, 4).Classification);
        Assert.Equal(ProgressClassification.ReliablyImproved, Uk("GAD-7", 12, 8).Classification);
        Assert.Equal(ProgressClassification.ReliablyDeteriorated, Uk("GAD-7", 6, 10).Classification);
        Assert.Equal(ProgressClassification.ReliablyDeteriorated, Uk("PHQ-9", 6, 12).Classification);
        Assert.Equal(ProgressClassification.NoReliableChange, Uk("PHQ-9", 6, 11).Classification);
    }

    [Fact]
    public void UkTalkingTherapies_PairedMeasureDeteriorated_CancelsReliableImprovement_R8_6()
    {
        var input = ProgressInput.Of("PHQ-9", 15, 9).WithPaired(6, 10);

        var evaluation = ProgressEvaluator.Evaluate(input, ProgressPresets.UkTalkingTherapies).Value;

        Assert.Equal(ProgressClassification.NoReliableChange, evaluation.Classification);
        Assert.True(evaluation.Check(ProgressCriterion.PairedDeterioration)!.Met);
        Assert.Equal("GAD-7", evaluation.PairedInstrumentCode);
    }

    [Fact]
    public void UkTalkingTherapies_PairedMeasureStillACase_IsNotRecovery_R8_6()
    {
        var input = ProgressInput.Of("PHQ-9", 15, 9).WithPaired(10, 9);

        Assert.Equal(ProgressClassification.ReliablyImproved, ProgressEvaluator.Evaluate(input, ProgressPresets.UkTalkingTherapies).Value.Classification);
    }

    [Fact]
    public void UkTalkingTherapies_CaseOnThePairedMeasureOnly_CountsAsACaseAtBaseline_R8_6()
    {
        var input = ProgressInput.Of("PHQ-9", 8, 2).WithPaired(10, 3);

        Assert.Equal(ProgressClassification.Remitted, ProgressEvaluator.Evaluate(input, ProgressPresets.UkTalkingTherapies).Value.Classification);
    }

    [Fact]
    public void ReliableChangeIndex_UsesSdiffFromSdAndReliability_R8_7()
    {
        // Test data: SD 5, r 0.84 → SEM = 5 × √0.16 = 2, S_diff = √2 × 2 = 2.83; reliable beyond 1.96 × 2.83 = 5.54 points.
        var rule = InstrumentChangeRule.ReliableChangeIndex("PHQ-9", 5d, 0.84d, "test data");
        var preset = ProgressPresets.ReliableChangeIndex("rci-test", "RCI (test data)", rule);

        var improved = ProgressEvaluator.Evaluate(ProgressInput.Of("PHQ-9", 20, 14), preset).Value;

        Assert.Equal(2.83d, rule.StandardErrorOfDifference!.Value, 2);
        Assert.Equal(ProgressClassification.ReliablyImproved, improved.Classification);
        Assert.Equal("R8.7", improved.DecidingRuleId);
        Assert.Contains("RCI = (14 − 20) / 2.83 = -2.12", improved.Explanation, StringComparison.Ordinal);
        Assert.Equal(ProgressClassification.NoReliableChange, ProgressEvaluator.Evaluate(ProgressInput.Of("PHQ-9", 20, 15), preset).Value.Classification);
        Assert.Equal(ProgressClassification.ReliablyDeteriorated, ProgressEvaluator.Evaluate(ProgressInput.Of("PHQ-9", 10, 16), preset).Value.Classification);
    }

    [Fact]
    public void Evaluate_SafetyFlag_IsReportedButNeverChangesTheClassification_R8_8()
    {
        var flagged = new ProgressInput("PHQ-9", new ScorePoint(18, null, null), new ScorePoint(4, null, null), null, null, safetyFlag: true);

        var evaluation = ProgressEvaluator.Evaluate(flagged, ProgressPresets.UnitedStates).Value;

        Assert.Equal(ProgressClassification.Remitted, evaluation.Classification);
        Assert.True(evaluation.SafetyFlag);
        Assert.Contains("safety flag (R8.2)", evaluation.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DeteriorationIsTestedFirst_R8_8()
    {
        var evaluation = Us(10, 15);

        Assert.Equal(ProgressCriterion.ReliableDeterioration, evaluation.Checks[0].Criterion);
        Assert.Equal(ProgressClassification.ReliablyDeteriorated, evaluation.Classification);
    }

    [Fact]
    public void Evaluate_BaselineZero_ResponseNotAssessedAndNoPercent()
    {
        var rule = InstrumentChangeRule.FixedPoints("X", 2, "test", "test data", responseReductionPercent: 50);
        var evaluation = ProgressEvaluator.Evaluate(ProgressInput.Of("X", 0, 0), new ProgressPreset("t", "t", [rule])).Value;

        Assert.Null(evaluation.PercentChange);
        Assert.False(evaluation.Check(ProgressCriterion.Response)!.Applicable);
    }

    [Fact]
    public void ChangeRule_CreateFromInvalidInput_ReportsRuleInvalid()
    {
        var result = InstrumentChangeRule.Create(new InstrumentChangeRuleInput
        {
            InstrumentCode = "PHQ-9",
            Method = ReliableChangeMethod.ReliableChangeIndex,
            BaselineStandardDeviation = 5,
            Reliability = 1,
            ResponseReductionPercent = 150,
            RuleId = "R8.7",
            Source = "test",
        });

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Equal(new[] { "Reliability", "ResponseReductionPercent" }, result.Error.Details.Select(d => d.Target));
        Assert.All(result.Error.Details, d => Assert.Equal(TreatmentPlansErrorCodes.ProgressRuleInvalid, d.Code));
    }

    [Fact]
    public void ChangeRule_CreateFromValidInput_BuildsTheRule()
    {
        var rule = InstrumentChangeRule.Create(new InstrumentChangeRuleInput
        {
            InstrumentCode = "GAD-7",
            Method = ReliableChangeMethod.FixedPoints,
            ReliableChangePoints = 4,
            RemissionBelow = 8,
            MinimumBaseline = 8,
            RuleId = "R8.6",
            Source = "test",
        }).Value;

        Assert.Equal(ProgressClassification.Remitted, ProgressEvaluator.Classify(rule, 12, 7));
    }

    [Fact]
    public void Preset_TwoRulesForOneInstrument_Throws()
    {
        var rule = InstrumentChangeRule.FixedPoints("PHQ-9", 5, "R8.5", "test");

        Assert.Throws<ArgumentException>(() => new ProgressPreset("x", "x", [rule, rule]));
    }

    [Fact]
    public void Evaluation_ToString_NamesNoScores()
    {
        var text = Us(18, 4).ToString();

        Assert.DoesNotContain("18", text, StringComparison.Ordinal);
        Assert.Equal("ProgressEvaluation PHQ-9", text);
    }
}

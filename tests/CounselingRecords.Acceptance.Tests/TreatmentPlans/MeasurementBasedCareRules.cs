using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Progress;

namespace CounselingRecords.Acceptance.Tests.TreatmentPlans;

/// <summary>
/// The measurement-based care rules (R8.1–R8.8) as tables: one row per rule case, the rule id first. Expected
/// values are the numbers of the rules themselves.
/// </summary>
public sealed class MeasurementBasedCareRules
{
    /// <summary>Test data for R8.7 only: SD 5 and r 0.84 give SEM 2, S_diff 2.83, reliable beyond 5.54 points.</summary>
    private static readonly ProgressPreset RciTestPreset =
        ProgressPresets.ReliableChangeIndex("rci-test", "RCI (test data)", InstrumentChangeRule.ReliableChangeIndex("PHQ-9", 5d, 0.84d, "test data"));

    public static TheoryData<string, int, string> Phq9Bands => new()
    {
        { "R8.1", 0, "none-minimal" },
        { "R8.1", 4, "none-minimal" },
        { "R8.1", 5, "mild" },
        { "R8.1", 9, "mild" },
        { "R8.1", 10, "moderate" },
        { "R8.1", 14, "moderate" },
        { "R8.1", 15, "moderately-severe" },
        { "R8.1", 19, "moderately-severe" },
        { "R8.1", 20, "severe" },
        { "R8.1", 27, "severe" },
    };

    public static TheoryData<string, int, string> Gad7Bands => new()
    {
        { "R8.3", 0, "minimal" },
        { "R8.3", 4, "minimal" },
        { "R8.3", 5, "mild" },
        { "R8.3", 9, "mild" },
        { "R8.3", 10, "moderate" },
        { "R8.3", 14, "moderate" },
        { "R8.3", 15, "severe" },
        { "R8.3", 21, "severe" },
    };

    public static TheoryData<string, int, int, int, bool> Item9SafetyFlag => new()
    {
        // rule, item 9 answer, threshold, total, flag raised
        { "R8.2", 0, 1, 0, false },
        { "R8.2", 1, 1, 1, true },
        { "R8.2", 2, 1, 2, true },
        { "R8.2", 3, 1, 3, true },
        { "R8.2", 0, 1, 24, false },
        { "R8.2", 1, 1, 25, true },
        { "R8.2", 1, 2, 1, false },
        { "R8.2", 2, 2, 2, true },
        { "R8.2", 2, 3, 2, false },
        { "R8.2", 3, 3, 3, true },
    };

    public static TheoryData<string, string, int, int, bool> CutOffs => new()
    {
        // rule, instrument, configured cut-off, total, met
        { "R8.1", "PHQ-9", 10, 9, false },
        { "R8.1", "PHQ-9", 10, 10, true },
        { "R8.3", "GAD-7", 10, 9, false },
        { "R8.3", "GAD-7", 10, 10, true },
        { "R8.3", "GAD-7", 8, 7, false },
        { "R8.3", "GAD-7", 8, 8, true },
    };

    public static TheoryData<string, string, int?[], bool, string?, int?> Validity => new()
    {
        // rule, instrument, answers (null = unanswered), prorating opted in, expected error code, expected total
        { "R8.4", "PHQ-9", [1, 1, 1, 1, 4, 1, 1, 1, 0], false, TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange, null },
        { "R8.4", "PHQ-9", [1, 1, 1, 1, -1, 1, 1, 1, 0], false, TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange, null },
        { "R8.4", "GAD-7", [1, 1, 1, 4, 1, 1, 1], false, TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange, null },
        { "R8.4", "PHQ-9", [1, 1, 1, 1, null, 1, 1, 1, 0], false, TreatmentPlansErrorCodes.InstrumentItemsMissing, null },
        { "R8.4", "GAD-7", [1, 1, 1, null, 1, 1, 1], false, TreatmentPlansErrorCodes.InstrumentItemsMissing, null },
        { "R8.4", "PHQ-9", [2, 2, null, 2, 2, 2, 2, 2, 0], true, null, 16 },
        { "R8.4", "PHQ-9", [2, 2, null, 2, 2, 2, null, 2, 0], true, null, 15 },
        { "R8.4", "PHQ-9", [2, null, null, null, 2, 2, 2, 2, 0], true, TreatmentPlansErrorCodes.InstrumentItemsMissing, null },
        { "R8.4", "GAD-7", [1, 1, 1, null, 1, 1, 1], true, TreatmentPlansErrorCodes.InstrumentItemsMissing, null },
        { "R8.4", "PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 0], false, null, 0 },
    };

    public static TheoryData<string, string, string, int, int, int?, int?, ProgressClassification> Classifications => new()
    {
        // rule, preset, instrument, baseline, final, paired baseline, paired final, expected
        { "R8.5", "us", "PHQ-9", 18, 4, null, null, ProgressClassification.Remitted },
        { "R8.5", "us", "PHQ-9", 10, 4, null, null, ProgressClassification.Remitted },
        { "R8.5", "us", "PHQ-9", 18, 5, null, null, ProgressClassification.Response },
        { "R8.5", "us", "PHQ-9", 18, 9, null, null, ProgressClassification.Response },
        { "R8.5", "us", "PHQ-9", 10, 5, null, null, ProgressClassification.Response },
        { "R8.5", "us", "PHQ-9", 18, 10, null, null, ProgressClassification.ReliablyImproved },
        { "R8.5", "us", "PHQ-9", 18, 13, null, null, ProgressClassification.ReliablyImproved },
        { "R8.5", "us", "PHQ-9", 18, 14, null, null, ProgressClassification.NoReliableChange },
        { "R8.5", "us", "PHQ-9", 12, 16, null, null, ProgressClassification.NoReliableChange },
        { "R8.5", "us", "PHQ-9", 12, 17, null, null, ProgressClassification.ReliablyDeteriorated },
        { "R8.5", "us", "PHQ-9", 9, 4, null, null, ProgressClassification.ReliablyImproved },
        { "R8.5", "us", "PHQ-9", 8, 4, null, null, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "PHQ-9", 15, 9, null, null, ProgressClassification.Remitted },
        { "R8.6", "uk", "PHQ-9", 12, 8, null, null, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "PHQ-9", 16, 10, null, null, ProgressClassification.ReliablyImproved },
        { "R8.6", "uk", "PHQ-9", 9, 3, null, null, ProgressClassification.ReliablyImproved },
        { "R8.6", "uk", "PHQ-9", 9, 4, null, null, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "PHQ-9", 6, 12, null, null, ProgressClassification.ReliablyDeteriorated },
        { "R8.6", "uk", "PHQ-9", 6, 11, null, null, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "GAD-7", 12, 7, null, null, ProgressClassification.Remitted },
        { "R8.6", "uk", "GAD-7", 12, 8, null, null, ProgressClassification.ReliablyImproved },
        { "R8.6", "uk", "GAD-7", 12, 9, null, null, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "GAD-7", 6, 10, null, null, ProgressClassification.ReliablyDeteriorated },
        { "R8.6", "uk", "GAD-7", 6, 9, null, null, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "PHQ-9", 15, 9, 6, 10, ProgressClassification.NoReliableChange },
        { "R8.6", "uk", "PHQ-9", 15, 9, 10, 9, ProgressClassification.ReliablyImproved },
        { "R8.6", "uk", "PHQ-9", 8, 2, 10, 3, ProgressClassification.Remitted },
        { "R8.6", "uk", "GAD-7", 12, 7, 15, 12, ProgressClassification.ReliablyImproved },
        { "R8.7", "rci", "PHQ-9", 20, 14, null, null, ProgressClassification.ReliablyImproved },
        { "R8.7", "rci", "PHQ-9", 20, 15, null, null, ProgressClassification.NoReliableChange },
        { "R8.7", "rci", "PHQ-9", 10, 16, null, null, ProgressClassification.ReliablyDeteriorated },
        { "R8.7", "rci", "PHQ-9", 10, 15, null, null, ProgressClassification.NoReliableChange },
    };

    [Theory]
    [MemberData(nameof(Phq9Bands))]
    public void Phq9_TotalFallsInItsBand(string ruleId, int total, string band)
    {
        var score = InstrumentScorer.Score(StandardInstruments.Phq9Default, Answers(total, 9)).Value;

        Assert.Equal((ruleId, total, band), (score.RuleId, score.Total, score.Band!.Code));
    }

    [Theory]
    [MemberData(nameof(Gad7Bands))]
    public void Gad7_TotalFallsInItsBand(string ruleId, int total, string band)
    {
        var score = InstrumentScorer.Score(StandardInstruments.Gad7Default, Answers(total, 7)).Value;

        Assert.Equal((ruleId, total, band), (score.RuleId, score.Total, score.Band!.Code));
    }

    [Theory]
    [MemberData(nameof(Item9SafetyFlag))]
    public void Phq9_Item9_RaisesTheSafetyFlagRegardlessOfTheTotal(string ruleId, int item9, int threshold, int total, bool flagged)
    {
        var answers = Answers(total - item9, 8).Append(item9).ToArray();

        var score = InstrumentScorer.Score(StandardInstruments.Phq9(threshold), answers).Value;

        Assert.Equal(total, score.Total);
        Assert.Equal(flagged, score.SafetyFlag);
        Assert.Equal(flagged ? ruleId : null, score.CriticalFindings.SingleOrDefault()?.RuleId);
    }

    [Theory]
    [MemberData(nameof(CutOffs))]
    public void CutOff_IsMetAtOrAboveTheThreshold(string ruleId, string instrument, int cutOff, int total, bool met)
    {
        var definition = instrument == "PHQ-9" ? StandardInstruments.Phq9Default : StandardInstruments.Gad7(cutOff);

        var score = InstrumentScorer.Score(definition, Answers(total, definition.ScoredItemCount)).Value;

        var rule = Assert.Single(definition.CutOffs);
        Assert.Equal((ruleId, cutOff), (rule.RuleId, rule.Threshold));
        Assert.Equal(met, score.MeetsCutOff(rule.Code));
    }

    [Theory]
    [MemberData(nameof(Validity))]
    public void Validity_OutOfRangeIsInvalid_MissingIsNotScoredUnlessProrated(string ruleId, string instrument, int?[] answers, bool prorate, string? error, int? total)
    {
        Assert.Equal("R8.4", ruleId);
        var definition = InstrumentCatalog.Standard.Find(instrument).Value;

        var result = InstrumentScorer.Score(definition, InstrumentResponse.FromValues(instrument, answers), prorate ? ScoringOptions.WithProrating : ScoringOptions.Default);

        if (error is null)
        {
            Assert.Equal(total, result.Value.Total);
        }
        else
        {
            Assert.Contains(error, result.Error.Details.Select(d => d.Code).Append(result.Error.Code));
            Assert.True(result.Error.Code == CoreErrorCodes.ValidationFailed || result.Error.RuleId == ruleId);
        }
    }

    [Theory]
    [MemberData(nameof(Classifications))]
    public void Progress_IsClassifiedByThePresetsRule(
        string ruleId, string preset, string instrument, int baseline, int final, int? pairedBaseline, int? pairedFinal, ProgressClassification expected)
    {
        var chosen = preset switch
        {
            "us" => ProgressPresets.UnitedStates,
            "uk" => ProgressPresets.UkTalkingTherapies,
            _ => RciTestPreset,
        };
        var input = ProgressInput.Of(instrument, baseline, final);
        if (pairedBaseline is { } pb && pairedFinal is { } pf)
        {
            input = input.WithPaired(pb, pf);
        }

        var evaluation = ProgressEvaluator.Evaluate(input, chosen).Value;

        Assert.Equal(expected, evaluation.Classification);
        Assert.Equal(ruleId, evaluation.DecidingRuleId);
        Assert.Contains(ruleId, evaluation.Explanation, StringComparison.Ordinal);
    }

    private static int?[] Answers(int total, int items)
    {
        var answers = new int?[items];
        for (var i = 0; i < items; i++)
        {
            answers[i] = Math.Min(3, total);
            total -= answers[i]!.Value;
        }

        return answers;
    }
}

using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Instruments;

namespace CounselingRecords.TreatmentPlans.Tests.Instruments;

public sealed class InstrumentScorerTests
{
    private static readonly InstrumentDefinition Phq9 = StandardInstruments.Phq9Default;

    [Fact]
    public void Score_CompletePhq9_SumsTheNineScoredItems_R8_1()
    {
        var score = InstrumentScorer.Score(Phq9, 3, 2, 2, 1, 1, 1, 0, 0, 0, 3).Value;

        Assert.Equal(10, score.Total);
        Assert.Equal("moderate", score.Band!.Code);
        Assert.True(score.MeetsCutOff("major-depression-screen"));
        Assert.False(score.Prorated);
        Assert.False(score.SafetyFlag);
    }

    [Fact]
    public void Score_DifficultyItem_DoesNotCountTowardTheTotal_R8_1()
    {
        var withDifficulty = InstrumentScorer.Score(Phq9, 1, 1, 1, 1, 0, 0, 0, 0, 0, 3).Value;
        var without = InstrumentScorer.Score(Phq9, 1, 1, 1, 1, 0, 0, 0, 0, 0).Value;

        Assert.Equal(4, withDifficulty.Total);
        Assert.Equal(4, without.Total);
    }

    [Fact]
    public void Score_Item9AnsweredOne_RaisesTheSafetyFlagRegardlessOfTheTotal_R8_2()
    {
        var score = InstrumentScorer.Score(Phq9, 0, 0, 0, 0, 0, 0, 0, 0, 1).Value;

        Assert.Equal(1, score.Total);
        Assert.Equal("none-minimal", score.Band!.Code);
        Assert.True(score.SafetyFlag);
        var finding = Assert.Single(score.CriticalFindings);
        Assert.Equal((9, 1, 1, "R8.2"), (finding.ItemNumber, finding.Answer, finding.Threshold, finding.RuleId));
        Assert.Contains("safety flag raised regardless of the total", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ThresholdTwo_Item9AnsweredOne_RaisesNoFlag_R8_2()
    {
        var score = InstrumentScorer.Score(StandardInstruments.Phq9(safetyFlagThreshold: 2), 0, 0, 0, 0, 0, 0, 0, 0, 1).Value;

        Assert.False(score.SafetyFlag);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public void Score_AnswerOutsideZeroToThree_IsInvalid_R8_4(int answer)
    {
        var result = InstrumentScorer.Score(Phq9, 1, 1, 1, 1, answer, 1, 1, 1, 0);

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        var detail = Assert.Single(result.Error.Details);
        Assert.Equal(TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange, detail.Code);
        Assert.Equal("Answers[4]", detail.Target);
    }

    [Fact]
    public void Score_DifficultyItemOutOfRange_IsInvalid_R8_4()
    {
        var result = InstrumentScorer.Score(Phq9, 1, 1, 1, 1, 1, 1, 1, 1, 0, 5);

        Assert.Equal(TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Score_MissingItem_IsNotScoredByDefault_R8_4()
    {
        var result = InstrumentScorer.Score(Phq9, 1, 1, null, 1, 1, 1, 1, 1, 0);

        Assert.Equal(TreatmentPlansErrorCodes.InstrumentItemsMissing, result.Error.Code);
        Assert.Equal("R8.4", result.Error.RuleId);
        Assert.Contains("(3)", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TwoMissingPhq9Items_WithProrating_ScalesTheSum_R8_4()
    {
        var response = InstrumentResponse.FromValues("PHQ-9", 2, 2, null, 2, 2, 2, null, 2, 0);

        var score = InstrumentScorer.Score(Phq9, response, ScoringOptions.WithProrating).Value;

        // 7 answered items sum to 12; 12 × 9 / 7 = 15.43, rounded half away from zero to 15.
        Assert.Equal(15, score.Total);
        Assert.True(score.Prorated);
        Assert.Equal(new[] { 3, 7 }, score.MissingItems);
        Assert.Contains("prorated", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ProratedHalf_RoundsAwayFromZero_R8_4()
    {
        // 8 answered items sum to 4: 4 × 9 / 8 = 4.5, rounded away from zero to 5.
        var response = InstrumentResponse.FromValues("PHQ-9", 1, 1, 1, 1, 0, 0, 0, null, 0);

        Assert.Equal(5, InstrumentScorer.Score(Phq9, response, ScoringOptions.WithProrating).Value.Total);
    }

    [Fact]
    public void Score_ThreeMissingPhq9Items_IsNotScoredEvenWithProrating_R8_4()
    {
        var response = InstrumentResponse.FromValues("PHQ-9", 2, null, null, null, 2, 2, 2, 2, 0);

        Assert.Equal(TreatmentPlansErrorCodes.InstrumentItemsMissing, InstrumentScorer.Score(Phq9, response, ScoringOptions.WithProrating).Error.Code);
    }

    [Fact]
    public void Score_MissingGad7Item_IsNeverProrated_R8_4()
    {
        var response = InstrumentResponse.FromValues("GAD-7", 2, 2, null, 2, 2, 2, 2);

        Assert.Equal(TreatmentPlansErrorCodes.InstrumentItemsMissing, InstrumentScorer.Score(StandardInstruments.Gad7Default, response, ScoringOptions.WithProrating).Error.Code);
    }

    [Fact]
    public void Score_ProratedWithItem9Missing_ListsTheUnassessedCriticalItem()
    {
        var response = InstrumentResponse.FromValues("PHQ-9", 2, 2, 2, 2, 2, 2, 2, 2, null);

        var score = InstrumentScorer.Score(Phq9, response, ScoringOptions.WithProrating).Value;

        Assert.Equal(new[] { 9 }, score.UnansweredCriticalItems);
        Assert.False(score.SafetyFlag);
        Assert.Contains("critical item 9 unanswered", score.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownAndDuplicateItems_AreReportedWithTheirCodes()
    {
        var response = new InstrumentResponse
        {
            InstrumentCode = "PHQ-9",
            Answers = [new ItemAnswer(1, 1), new ItemAnswer(1, 2), new ItemAnswer(11, 0)],
        };

        var codes = InstrumentScorer.Score(Phq9, response).Error.Details.Select(d => d.Code).ToList();

        Assert.Equal(new[] { TreatmentPlansErrorCodes.InstrumentDuplicateItem, TreatmentPlansErrorCodes.InstrumentUnknownItem }, codes);
    }

    [Fact]
    public void Score_ResponseForAnotherInstrument_IsRefused()
    {
        var result = InstrumentScorer.Score(Phq9, InstrumentResponse.FromValues("GAD-7", 1, 1, 1, 1, 1, 1, 1, 1, 1));

        Assert.Equal(TreatmentPlansErrorCodes.InstrumentCodeMismatch, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Score_NullResponse_IsAValidationFailureNotAnException()
    {
        Assert.Equal(CoreErrorCodes.ValidationFailed, InstrumentScorer.Score(Phq9, (InstrumentResponse?)null).Error.Code);
    }

    [Fact]
    public void Gad7_CutOffEight_MetAtEightButNotWithTheDefault_R8_3()
    {
        var answers = new int?[] { 2, 2, 2, 2, 0, 0, 0 };

        Assert.True(InstrumentScorer.Score(StandardInstruments.Gad7(8), answers).Value.MeetsCutOff("further-evaluation"));
        Assert.False(InstrumentScorer.Score(StandardInstruments.Gad7Default, answers).Value.MeetsCutOff("further-evaluation"));
    }

    [Fact]
    public void Score_ToString_NamesTheInstrumentOnly()
    {
        var score = InstrumentScorer.Score(Phq9, 3, 3, 3, 3, 3, 3, 3, 3, 3).Value;

        Assert.Equal("InstrumentScore PHQ-9", score.ToString());
    }
}

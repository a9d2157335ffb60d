using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Instruments;

namespace CounselingRecords.TreatmentPlans.Tests.Instruments;

public sealed class InstrumentDefinitionTests
{
    /// <summary>
    /// TEST DATA, not a shipped definition: the PCL-5 (20 items scored 0–4, total 0–80, provisional cut-off in the
    /// 31–33 range; 33 is used here). Its rules are not in the domain rule set; the test only shows that a new
    /// instrument needs nothing but a definition.
    /// </summary>
    private static InstrumentDefinitionInput Pcl5TestInput() => new()
    {
        Code = "PCL-5",
        Name = "PTSD Checklist for DSM-5 (test data)",
        Items = [.. Enumerable.Range(1, 20).Select(n => new InstrumentItem(n, $"PCL-5 item {n}", 0, 4, scored: true))],
        CutOffs = [new InstrumentCutOff("provisional-ptsd", 33, "Provisional PTSD (test data: cut-off 31–33 range)", null)],
        Source = "Test data",
    };

    [Fact]
    public void Create_Pcl5FromADefinitionOnly_ScoresWithoutCodeChanges()
    {
        var pcl5 = InstrumentDefinition.Create(Pcl5TestInput()).Value;
        var catalog = InstrumentCatalog.Standard.With(pcl5);

        var high = InstrumentScorer.Score(catalog.Find("PCL-5").Value, [.. Enumerable.Repeat<int?>(2, 20)]).Value;
        var top = InstrumentScorer.Score(pcl5, [.. Enumerable.Repeat<int?>(4, 20)]).Value;

        Assert.Equal((0, 80), (pcl5.MinimumTotal, pcl5.MaximumTotal));
        Assert.Equal(40, high.Total);
        Assert.True(high.MeetsCutOff("provisional-ptsd"));
        Assert.Null(high.Band);
        Assert.Equal(80, top.Total);
    }

    [Fact]
    public void Create_Pcl5AnswerFive_IsOutOfRange()
    {
        var pcl5 = InstrumentDefinition.Create(Pcl5TestInput()).Value;

        var result = InstrumentScorer.Score(pcl5, [5, .. Enumerable.Repeat<int?>(0, 19)]);

        Assert.Equal(TreatmentPlansErrorCodes.InstrumentAnswerOutOfRange, Assert.Single(result.Error.Details).Code);
    }

    [Fact]
    public void Create_BandsWithAGap_AreRejectedWithTheBandsCode()
    {
        var input = Pcl5TestInput() with { Bands = [new SeverityBand("low", "Low", 0, 30), new SeverityBand("high", "High", 32, 80)] };

        var result = InstrumentDefinition.Create(input);

        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        Assert.Contains(result.Error.Details, d => d.Code == TreatmentPlansErrorCodes.InstrumentBandsInvalid);
    }

    [Fact]
    public void Create_BandsNotReachingTheHighestTotal_AreRejected()
    {
        var input = Pcl5TestInput() with { Bands = [new SeverityBand("low", "Low", 0, 30), new SeverityBand("high", "High", 31, 79)] };

        Assert.Contains(InstrumentDefinition.Create(input).Error.Details, d => d.Code == TreatmentPlansErrorCodes.InstrumentBandsInvalid);
    }

    [Fact]
    public void Create_ItemsOutOfOrder_AreRejectedWithTheItemsCode()
    {
        var input = Pcl5TestInput() with { Items = [new InstrumentItem(2, "b", 0, 4, true), new InstrumentItem(1, "a", 0, 4, true)] };

        Assert.Contains(InstrumentDefinition.Create(input).Error.Details, d => d.Code == TreatmentPlansErrorCodes.InstrumentItemsInvalid);
    }

    [Fact]
    public void Create_CriticalItemThresholdAboveTheAnswerRange_IsRejected()
    {
        var input = Pcl5TestInput() with { CriticalItems = [new CriticalItemRule(3, 5, "flag", "Test flag", null)] };

        Assert.Contains(InstrumentDefinition.Create(input).Error.Details, d => d.Code == TreatmentPlansErrorCodes.InstrumentThresholdInvalid);
    }

    [Fact]
    public void Create_CutOffAboveTheHighestTotal_IsRejected()
    {
        var input = Pcl5TestInput() with { CutOffs = [new InstrumentCutOff("x", 81, "Too high", null)] };

        Assert.Contains(InstrumentDefinition.Create(input).Error.Details, d => d.Code == TreatmentPlansErrorCodes.InstrumentThresholdInvalid);
    }

    [Fact]
    public void Create_ProratingAllItems_IsRejected()
    {
        var input = Pcl5TestInput() with { MaximumProratedItems = 20 };

        Assert.Contains(InstrumentDefinition.Create(input).Error.Details, d => d.Code == TreatmentPlansErrorCodes.InstrumentItemsInvalid);
    }

    [Fact]
    public void Create_MissingCodeAndSource_AreReported()
    {
        var codes = InstrumentDefinition.Create(Pcl5TestInput() with { Code = "", Source = "" }).Error.Details.Select(d => d.Target).ToList();

        Assert.Contains("Code", codes);
        Assert.Contains("Source", codes);
    }

    [Fact]
    public void Constructor_InvalidBands_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new InstrumentDefinition(
            "X", "X", null, [new InstrumentItem(1, "a", 0, 3, true)], [new SeverityBand("a", "A", 1, 3)], [], [], 0, null, "test"));
    }

    [Fact]
    public void CriticalItemOnAnUnscoredItem_RaisesItsFlag()
    {
        var definition = new InstrumentDefinition(
            "TEST-2",
            "Two items (test data)",
            null,
            [new InstrumentItem(1, "scored", 0, 3, true), new InstrumentItem(2, "unscored", 0, 1, false)],
            [],
            [new CriticalItemRule(2, 1, "follow-up", "Follow up", null)],
            [],
            0,
            null,
            "Test data");

        var score = InstrumentScorer.Score(definition, 2, 1).Value;

        Assert.Equal(2, score.Total);
        Assert.True(score.AnyCriticalFlag);
        Assert.False(score.SafetyFlag);
    }
}

using CounselingRecords.TreatmentPlans.Instruments;

namespace CounselingRecords.TreatmentPlans.Tests.Instruments;

public sealed class StandardInstrumentsTests
{
    [Fact]
    public void Phq9_Default_HasNineScoredItemsAndAnUnscoredDifficultyItem_R8_1()
    {
        var phq9 = StandardInstruments.Phq9Default;

        Assert.Equal("PHQ-9", phq9.Code);
        Assert.Equal("44261-6", phq9.LoincCode);
        Assert.Equal(10, phq9.Items.Length);
        Assert.Equal(9, phq9.ScoredItemCount);
        Assert.False(phq9.Items[9].Scored);
        Assert.All(phq9.Items, item => Assert.Equal((0, 3), (item.MinimumAnswer, item.MaximumAnswer)));
        Assert.Equal((0, 27), (phq9.MinimumTotal, phq9.MaximumTotal));
    }

    [Fact]
    public void Phq9_Bands_AreTheFivePublishedBands_R8_1()
    {
        var bands = StandardInstruments.Phq9Default.Bands.Select(b => (b.Code, b.Minimum, b.Maximum));

        Assert.Equal(
            new[] { ("none-minimal", 0, 4), ("mild", 5, 9), ("moderate", 10, 14), ("moderately-severe", 15, 19), ("severe", 20, 27) },
            bands);
    }

    [Fact]
    public void Phq9_SafetyItem_IsItemNineWithDefaultThresholdOne_R8_2()
    {
        var rule = Assert.Single(StandardInstruments.Phq9Default.CriticalItems);

        Assert.Equal((9, 1, "safety", "R8.2"), (rule.ItemNumber, rule.Threshold, rule.FlagCode, rule.RuleId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Phq9_SafetyThresholdOutsideOneToThree_Throws(int threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StandardInstruments.Phq9(threshold));
    }

    [Fact]
    public void Phq9_ProratingLimit_IsTwoItems_R8_4()
    {
        Assert.Equal(2, StandardInstruments.Phq9Default.MaximumProratedItems);
        Assert.Equal(0, StandardInstruments.Gad7Default.MaximumProratedItems);
    }

    [Fact]
    public void Gad7_Default_HasSevenItemsTotalZeroToTwentyOneAndFourBands_R8_3()
    {
        var gad7 = StandardInstruments.Gad7Default;

        Assert.Equal(("GAD-7", "70274-6", 7, 0, 21), (gad7.Code, gad7.LoincCode, gad7.Items.Length, gad7.MinimumTotal, gad7.MaximumTotal));
        Assert.Equal(
            new[] { ("minimal", 0, 4), ("mild", 5, 9), ("moderate", 10, 14), ("severe", 15, 21) },
            gad7.Bands.Select(b => (b.Code, b.Minimum, b.Maximum)));
        Assert.Equal(10, Assert.Single(gad7.CutOffs).Threshold);
    }

    [Fact]
    public void Gad7_CutOffEight_IsConfigurable_R8_3()
    {
        Assert.Equal(8, Assert.Single(StandardInstruments.Gad7(8).CutOffs).Threshold);
    }

    [Fact]
    public void Catalog_Standard_FindsBothInstrumentsIgnoringCase()
    {
        Assert.True(InstrumentCatalog.Standard.Find("phq-9").Success);
        Assert.True(InstrumentCatalog.Standard.TryGet("GAD-7", out var gad7));
        Assert.Equal("GAD-7", gad7.Code);
        Assert.Equal(TreatmentPlansErrorCodes.InstrumentUnknown, InstrumentCatalog.Standard.Find("PCL-5").Error.Code);
    }

    [Fact]
    public void Catalog_With_ReplacesADefinitionWithTheSameCode()
    {
        var catalog = InstrumentCatalog.Standard.With(StandardInstruments.Gad7(8));

        Assert.Equal(2, catalog.Definitions.Length);
        Assert.Equal(8, catalog.Find("GAD-7").Value.CutOffs[0].Threshold);
    }
}

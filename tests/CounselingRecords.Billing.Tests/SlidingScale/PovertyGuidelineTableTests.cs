using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.SlidingScale;

public sealed class PovertyGuidelineTableTests
{
    private static PovertyGuideline Find(NodaTime.LocalDate date, PovertyGuidelineRegion region)
    {
        Assert.True(PovertyGuidelineTable.Hhs2024To2026.TryFind(date, region, out var guideline));
        return guideline;
    }

    [Theory]
    [InlineData(2026, 1, 13, 2026)]
    [InlineData(2026, 1, 12, 2025)]
    [InlineData(2025, 1, 15, 2025)]
    [InlineData(2025, 1, 14, 2024)]
    [InlineData(2024, 1, 17, 2024)]
    public void TryFind_UsesTheMostRecentGuidelineInEffect(int year, int month, int day, int guidelineYear)
    {
        Assert.Equal(guidelineYear, Find(D(year, month, day), PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia).Year);
    }

    [Fact]
    public void TryFind_BeforeTheFirstGuideline_FindsNone()
    {
        Assert.False(PovertyGuidelineTable.Hhs2024To2026.TryFind(D(2024, 1, 16), PovertyGuidelineRegion.Alaska, out _));
    }

    [Theory]
    [InlineData(PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, 1, 15_960)]
    [InlineData(PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, 8, 55_720)]
    [InlineData(PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, 10, 67_080)]
    [InlineData(PovertyGuidelineRegion.Alaska, 4, 41_250)]
    [InlineData(PovertyGuidelineRegion.Alaska, 9, 76_750)]
    [InlineData(PovertyGuidelineRegion.Hawaii, 3, 31_420)]
    [InlineData(PovertyGuidelineRegion.Hawaii, 9, 70_600)]
    public void For_UsesTheTableThenTheIncrement(PovertyGuidelineRegion region, int size, int amount)
    {
        Assert.Equal(Money.Usd(amount), Find(Feb(1), region).For(size));
    }

    [Theory]
    [InlineData("AK", PovertyGuidelineRegion.Alaska)]
    [InlineData("hi", PovertyGuidelineRegion.Hawaii)]
    [InlineData("DC", PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia)]
    [InlineData("TX", PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia)]
    public void TryFromStateCode_MapsStates(string state, PovertyGuidelineRegion region)
    {
        Assert.True(PovertyGuidelineRegions.TryFromStateCode(state, out var actual));
        Assert.Equal(region, actual);
    }

    [Fact]
    public void TryFromStateCode_Territory_IsNotMapped()
    {
        Assert.False(PovertyGuidelineRegions.TryFromStateCode("PR", out _));
    }
}

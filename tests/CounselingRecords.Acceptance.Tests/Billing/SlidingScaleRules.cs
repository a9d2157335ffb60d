using CounselingRecords.Billing;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>The cases of R5.1–R5.4. The 2024 and 2025 Alaska and Hawaii rows of R5.3 are asserted as the rule's table states them (they stay flagged for re-verification, rules §9 item 2).</summary>
public sealed class SlidingScaleRules
{
    private static readonly SlidingFeeSchedule Hrsa = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m));

    private static SlidingFeeDetermination Determine(decimal income, int size, LocalDate on, PovertyGuidelineRegion region = PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, SlidingFeeSchedule? schedule = null) =>
        (schedule ?? Hrsa).Determine(new SlidingFeeApplication(
            BillingFixture.Client, Money.Usd(income), size, region, IncomeEvidence.Documented, "2025 tax return", BillingFixture.Biller,
            Instant.FromUtc(on.Year, on.Month, on.Day, 15, 0), on)).Value;

    [Theory]
    [InlineData("R5.2", "2026 guideline effective 13 January 2026", 2026, 1, 13, 2026)]
    [InlineData("R5.2", "the day before uses 2025", 2026, 1, 12, 2025)]
    [InlineData("R5.2", "2025 guideline effective 15 January 2025", 2025, 1, 15, 2025)]
    [InlineData("R5.2", "the day before uses 2024", 2025, 1, 14, 2024)]
    public void TheMostRecentGuidelineInEffectApplies(string rule, string @case, int y, int m, int d, int year)
    {
        Assert.True(year == Determine(20_000m, 2, new LocalDate(y, m, d)).GuidelineYear, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R5.3", 2026, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, new[] { 15_960, 21_640, 27_320, 33_000, 38_680, 44_360, 50_040, 55_720 }, 5_680)]
    [InlineData("R5.3", 2026, PovertyGuidelineRegion.Alaska, new[] { 19_950, 27_050, 34_150, 41_250, 48_350, 55_450, 62_550, 69_650 }, 7_100)]
    [InlineData("R5.3", 2026, PovertyGuidelineRegion.Hawaii, new[] { 18_360, 24_890, 31_420, 37_950, 44_480, 51_010, 57_540, 64_070 }, 6_530)]
    [InlineData("R5.3", 2025, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, new[] { 15_650, 21_150, 26_650, 32_150, 37_650, 43_150, 48_650, 54_150 }, 5_500)]
    [InlineData("R5.3", 2025, PovertyGuidelineRegion.Alaska, new[] { 19_550, 26_430, 33_310, 40_190, 47_070, 53_950, 60_830, 67_710 }, 6_880)]
    [InlineData("R5.3", 2025, PovertyGuidelineRegion.Hawaii, new[] { 17_990, 24_320, 30_650, 36_980, 43_310, 49_640, 55_970, 62_300 }, 6_330)]
    [InlineData("R5.3", 2024, PovertyGuidelineRegion.Alaska, new[] { 18_810, 25_540, 32_270, 39_000, 45_730, 52_460, 59_190, 65_920 }, 6_730)]
    [InlineData("R5.3", 2024, PovertyGuidelineRegion.Hawaii, new[] { 17_310, 23_500, 29_690, 35_880, 42_070, 48_260, 54_450, 60_640 }, 6_190)]
    [InlineData("R5.3", 2024, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, new[] { 15_060, 20_440, 25_820, 31_200, 36_580, 41_960, 47_340, 52_720 }, 5_380)]
    public void GuidelineTable(string rule, int year, PovertyGuidelineRegion region, int[] sizes, int increment)
    {
        var guideline = PovertyGuidelineTable.Hhs2024To2026.Guidelines.Single(g => g.Year == year && g.Region == region);

        Assert.True(sizes.Select(a => Money.Usd(a)).SequenceEqual(Enumerable.Range(1, 8).Select(guideline.For)), $"{rule} {year} {region}");
        Assert.Equal(Money.Usd(sizes[7] + (2 * increment)), guideline.For(10));
    }

    [Theory]
    [InlineData("R5.2", "%FPG = income / guideline × 100", 27_320, 3, 100.00)]
    [InlineData("R5.2", "household of 10 uses table[8] + 2 × increment (67,080)", 67_080, 10, 100.00)]
    [InlineData("R5.2", "Alaska household of 1 (19,950)", 39_900, 1, 200.00)]
    public void PercentOfGuideline(string rule, string @case, decimal income, int size, decimal percent)
    {
        var region = @case.StartsWith("Alaska", StringComparison.Ordinal) ? PovertyGuidelineRegion.Alaska : PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia;

        Assert.True(percent == Determine(income, size, new LocalDate(2026, 2, 2), region).DisplayPercent, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R5.1", "at 100% FPG: full discount", 15_960, 100)]
    [InlineData("R5.1", "just over 100%: first partial class", 15_961, 80)]
    [InlineData("R5.1", "at 125%: first partial class (upper bound inclusive)", 19_950, 80)]
    [InlineData("R5.1", "at 101%: first partial class", 16_119.60, 80)]
    [InlineData("R5.1", "at 126%: second partial class", 20_109.60, 60)]
    [InlineData("R5.1", "at 150%: second partial class (upper bound inclusive)", 23_940, 60)]
    [InlineData("R5.1", "at 151%: third partial class", 24_099.60, 40)]
    [InlineData("R5.1", "at 175%: third partial class (upper bound inclusive)", 27_930, 40)]
    [InlineData("R5.1", "at 176%: fourth partial class", 28_089.60, 20)]
    [InlineData("R5.1", "126–150%", 23_940, 60)]
    [InlineData("R5.1", "151–175%", 27_930, 40)]
    [InlineData("R5.1", "at 200%: last partial class", 31_920, 20)]
    [InlineData("R5.1", "above 200%: no discount", 31_921, 0)]
    public void HrsaModelDiscounts(string rule, string @case, decimal income, decimal discountPercent)
    {
        var decision = Determine(income, 1, new LocalDate(2026, 2, 2)).DecisionFor(new LocalDate(2026, 2, 9));

        Assert.True(Money.Usd(150m).Percent(discountPercent) == decision.DiscountOn(Money.Usd(150m), false, RoundingPolicy.Default), $"{rule} {@case}");
    }

    [Fact]
    public void R5_1_NominalChargeAtOrBelow100Percent()
    {
        var schedule = SlidingFeeSchedule.HrsaDefault(Money.Usd(15m));

        var decision = Determine(10_000m, 1, new LocalDate(2026, 2, 2), schedule: schedule).DecisionFor(new LocalDate(2026, 2, 9));

        Assert.Equal(Money.Usd(135m), decision.DiscountOn(Money.Usd(150m), false, RoundingPolicy.Default));
    }

    [Fact]
    public void R5_1_TheDefaultScheduleHasAtLeastThreePartialClasses_AndPassesTheHrsaCheck()
    {
        Assert.Equal(4, Hrsa.Tiers.Count(t => t.AbovePercent >= 100m && t.UpToPercent <= 200m));
        Assert.True(new HrsaSlidingFeeScheduleValidator().Check(Hrsa).Success);
    }

    [Theory]
    [InlineData("R5.4", "(min, max] → discount %", 150, 40, 90)]
    [InlineData("R5.4", "(min, max] → fixed fee", 150, -1, 40)]
    public void DataDrivenTiers(string rule, string @case, decimal fee, int discountPercent, decimal expectedClientFee)
    {
        var tier = discountPercent >= 0
            ? new SlidingFeeTier("custom", 100m, 150m, SlidingFeeKind.PercentDiscount, discountPercent, null)
            : new SlidingFeeTier("custom", 100m, 150m, SlidingFeeKind.FixedFee, 0m, Money.Usd(40m));

        Assert.True(Money.Usd(expectedClientFee) == Money.Usd(fee) - tier.DiscountOn(Money.Usd(fee), false, RoundingPolicy.Default), $"{rule} {@case}");
        Assert.False(tier.Contains(100m));
        Assert.True(tier.Contains(150m));
    }

    [Fact]
    public void R5_1_TheDeterminationKeepsItsEvidenceAndReverificationDate()
    {
        var determination = Determine(30_000m, 3, new LocalDate(2026, 2, 2));

        Assert.Equal(IncomeEvidence.Documented, determination.Evidence);
        Assert.Equal(BillingFixture.Biller, determination.DeterminedBy);
        Assert.Equal(new LocalDate(2027, 2, 2), determination.ReverificationDue);
        Assert.Equal(BillingErrorCodes.SlidingScaleNoGuideline, Hrsa.Determine(new SlidingFeeApplication(
            BillingFixture.Client, Money.Usd(1m), 1, PovertyGuidelineRegion.Hawaii, IncomeEvidence.SelfAttested, null, BillingFixture.Biller, Instant.FromUtc(2024, 1, 2, 0, 0), new LocalDate(2024, 1, 2))).Error.Code);
    }
}

/// <summary>The barter cases of R5.5–R5.10 (the ethics rules that the billing package computes).</summary>
public sealed class BarterRules
{
    [Theory]
    [InlineData("R5.5", "ACA A.10.e: client request, accepted practice, no harm, written contract", true, true, true, true, CounselingRecords.Billing.Barter.BarterPolicy.AllowedWithConditions, null)]
    [InlineData("R5.5", "not requested by the client", false, true, true, true, CounselingRecords.Billing.Barter.BarterPolicy.AllowedWithConditions, BillingErrorCodes.BarterNotClientRequested)]
    [InlineData("R5.6", "APA 6.05: exploitative", true, true, false, true, CounselingRecords.Billing.Barter.BarterPolicy.AllowedWithConditions, BillingErrorCodes.BarterExploitative)]
    [InlineData("R5.7", "NASW 1.13(b): not accepted local practice", true, false, true, true, CounselingRecords.Billing.Barter.BarterPolicy.AllowedWithConditions, BillingErrorCodes.BarterNotAcceptedPractice)]
    [InlineData("R5.8", "AAMFT 8.5: no written contract", true, true, true, false, CounselingRecords.Billing.Barter.BarterPolicy.AllowedWithConditions, BillingErrorCodes.BarterNoWrittenContract)]
    [InlineData("R5.9", "COMAR 10.58.03.06: all conditions met", true, true, true, true, CounselingRecords.Billing.Barter.BarterPolicy.AllowedWithConditions, null)]
    [InlineData("R5.10", "Ontario CRPO 6.1.6 prohibits barter", true, true, true, true, CounselingRecords.Billing.Barter.BarterPolicy.Prohibited, BillingErrorCodes.BarterProhibited)]
    public void Barter(string rule, string @case, bool requested, bool accepted, bool harmless, bool contract, CounselingRecords.Billing.Barter.BarterPolicy policy, string? error)
    {
        var result = CounselingRecords.Billing.Barter.BarterCheck.Evaluate(new CounselingRecords.Billing.Barter.BarterTerms(requested, accepted, harmless, contract ? "contract 7" : null), policy);

        Assert.True(error is null ? result.Success : result.Error.Code == error || result.Error.Details.Any(d => d.Code == error), $"{rule} {@case}");
    }
}

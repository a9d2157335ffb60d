using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.Validation;
using NodaTime;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.SlidingScale;

public sealed class SlidingFeeScheduleTests
{
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);
    private static readonly UserId Staff = TestIds.Numbered<UserId>(4);

    private static SlidingFeeApplication Application(decimal income, int size, LocalDate on, PovertyGuidelineRegion region = PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia) =>
        new(Client, Money.Usd(income), size, region, IncomeEvidence.SelfAttested, null, Staff, Instant.FromUtc(on.Year, on.Month, on.Day, 16, 0), on);

    [Theory]
    [InlineData(15_960, 1, "0–100% FPG")]
    [InlineData(15_960.01, 1, "101–125% FPG")]
    [InlineData(19_950, 1, "101–125% FPG")]
    [InlineData(19_950.01, 1, "126–150% FPG")]
    [InlineData(31_920, 1, "176–200% FPG")]
    [InlineData(31_920.01, 1, "Over 200% FPG")]
    public void Determine_TierBoundariesAreUpperInclusive(decimal income, int size, string tier)
    {
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(Application(income, size, Feb(1))).Value;

        Assert.Equal(tier, determination.Tier.Label);
    }

    [Fact]
    public void Determine_ComputesPercentOfGuideline_AndTheReverificationDate()
    {
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(Application(30_000m, 3, Feb(1))).Value;

        Assert.Equal(2026, determination.GuidelineYear);
        Assert.Equal(Money.Usd(27_320m), determination.Guideline);
        Assert.Equal(109.81m, determination.DisplayPercent);
        Assert.Equal(D(2027, 2, 1), determination.ReverificationDue);
        Assert.Contains("109.81% of the 2026 HHS poverty guideline", determination.Explain().Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Determine_BeforeAnyGuideline_IsRefused()
    {
        var result = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(Application(30_000m, 3, D(2023, 6, 1)));

        Assert.Equal(BillingErrorCodes.SlidingScaleNoGuideline, result.Error.Code);
        Assert.Equal("R5.2", result.Error.RuleId);
    }

    [Fact]
    public void Determine_InvalidApplication_ReportsEachProblem()
    {
        var result = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(Application(-1m, 0, Feb(1)) with { DeterminedBy = default });

        Assert.Equal(
            new[] { BillingErrorCodes.SlidingScaleIncomeInvalid, BillingErrorCodes.SlidingScaleHouseholdSizeInvalid, BillingErrorCodes.SlidingScaleDeterminerMissing },
            result.Error.Details.Select(d => d.Code));
    }

    [Fact]
    public void DecisionFor_HonoursTheDeterminationAndReverificationDates()
    {
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(Application(30_000m, 3, Feb(1))).Value;

        Assert.Equal(SlidingFeeDecisionStatus.NotYetEffective, determination.DecisionFor(Jan(31)).Status);
        Assert.Equal(SlidingFeeDecisionStatus.Applies, determination.DecisionFor(D(2027, 2, 1)).Status);
        Assert.Equal(SlidingFeeDecisionStatus.ReverificationOverdue, determination.DecisionFor(D(2027, 2, 2)).Status);
        Assert.Equal(Money.Usd(0m), determination.DecisionFor(D(2027, 2, 2)).DiscountOn(Money.Usd(150m), false, RoundingPolicy.Default));
    }

    [Fact]
    public void PercentDiscount_RoundsHalfAwayFromZero()
    {
        var tier = new SlidingFeeTier("t", null, null, SlidingFeeKind.PercentDiscount, 50m, null);

        Assert.Equal(Money.Usd(12.35m), tier.DiscountOn(Money.Usd(24.69m), false, RoundingPolicy.Default));
    }

    [Fact]
    public void Constructor_TiersWithAGap_Throw()
    {
        Assert.Throws<ArgumentException>(() => new SlidingFeeSchedule(
            "gap",
            [new SlidingFeeTier("a", null, 100m, SlidingFeeKind.PercentDiscount, 100m, null), new SlidingFeeTier("b", 110m, null, SlidingFeeKind.NoDiscount, 0m, null)],
            PovertyGuidelineTable.Hhs2024To2026,
            Period.FromMonths(12),
            false));
    }

    [Fact]
    public void HrsaValidator_AcceptsTheDefault_AndReportsEachDeviation()
    {
        var validator = new HrsaSlidingFeeScheduleValidator();
        var twoClasses = new SlidingFeeSchedule(
            "custom",
            [
                new SlidingFeeTier("≤100", null, 100m, SlidingFeeKind.PercentDiscount, 90m, null),
                new SlidingFeeTier("101–150", 100m, 150m, SlidingFeeKind.PercentDiscount, 60m, null),
                new SlidingFeeTier("151–200", 150m, 200m, SlidingFeeKind.PercentDiscount, 30m, null),
                new SlidingFeeTier(">200", 200m, null, SlidingFeeKind.PercentDiscount, 10m, null),
            ],
            PovertyGuidelineTable.Hhs2024To2026,
            Period.FromMonths(12),
            false);

        Assert.True(validator.Check(SlidingFeeSchedule.HrsaDefault(Money.Usd(15m))).Success);
        Assert.Equal(
            new[] { BillingErrorCodes.SlidingScaleFullDiscountRequired, BillingErrorCodes.SlidingScalePartialClassesRequired, BillingErrorCodes.SlidingScaleDiscountAboveTwoHundredPercent },
            validator.Check(twoClasses).Error.Details.Select(d => d.Code));
    }

    [Fact]
    public void Agreement_UsesTheLatestDeterminationMadeOnOrBeforeTheDate()
    {
        var schedule = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m));
        var first = schedule.Determine(Application(30_000m, 3, Feb(1))).Value;
        var second = schedule.Determine(Application(60_000m, 3, Mar(1))).Value;
        var agreement = SlidingFeeAgreement.Start(Client).Record(first).Value.Record(second).Value;

        Assert.Equal(SlidingFeeDecisionStatus.NoDetermination, SlidingFeeAgreement.Start(Client).DecisionFor(Feb(1)).Status);
        Assert.Equal(SlidingFeeDecisionStatus.NotYetEffective, agreement.DecisionFor(Jan(5)).Status);
        Assert.Same(first, agreement.DecisionFor(Feb(20)).Determination);
        Assert.Same(second, agreement.DecisionFor(Mar(2)).Determination);
        Assert.Equal(BillingErrorCodes.SlidingScaleDeterminationOutOfOrder, agreement.Record(first).Error.Code);
    }

    [Fact]
    public void Determination_ToString_HidesIncome()
    {
        var determination = SlidingFeeSchedule.HrsaDefault(Money.Usd(0m)).Determine(Application(30_000m, 3, Feb(1))).Value;

        Assert.DoesNotContain("30000", determination.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("30000", Application(30_000m, 3, Feb(1)).ToString(), StringComparison.Ordinal);
    }
}

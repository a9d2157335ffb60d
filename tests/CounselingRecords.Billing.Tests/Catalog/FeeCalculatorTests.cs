using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using CounselingRecords.Testing.Identity;
using static CounselingRecords.Billing.Tests.Support.CatalogFixture;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Catalog;

public sealed class FeeCalculatorTests
{
    private static readonly FeeCalculator Calculator = new(CatalogFixture.Schedule());

    private static SlidingFeeDecision Decision(decimal income, int household, decimal nominal = 0m)
    {
        var schedule = SlidingFeeSchedule.HrsaDefault(Money.Usd(nominal));
        var determination = schedule.Determine(new SlidingFeeApplication(
            Client, Money.Usd(income), household, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, IncomeEvidence.Documented, null,
            TestIds.Numbered<CounselingRecords.Identity.UserId>(4), NodaTime.Instant.FromUtc(2026, 1, 20, 15, 0), Jan(20))).Value;
        return determination.DecisionFor(Jan(26));
    }

    [Fact]
    public void Quote_SelfPayInATier_GivesTheTierDiscountRoundedAtTheLine()
    {
        // 30,000 for 3 persons is 109.81% of the 2026 guideline of 27,320: the 101–125% tier, 80% off.
        var quote = Calculator.Quote("90834", 1, false, Jan(26), new FeeParties(Clinician, null, Client), Decision(30_000m, 3));

        Assert.Equal(Money.Usd(150m), quote.FullFee);
        Assert.Equal(Money.Usd(120m), quote.Discount);
        Assert.Equal(Money.Usd(30m), quote.FeeAfterDiscount);
        Assert.Equal(DiscountBasis.SlidingScale, quote.DiscountBasis);
    }

    [Fact]
    public void Quote_BilledToAPayer_GivesNoSlidingDiscount()
    {
        var quote = Calculator.Quote("90834", 1, false, Jan(26), new FeeParties(Clinician, Payer, Client), Decision(10_000m, 3));

        Assert.Equal(Money.Usd(0m), quote.Discount);
        Assert.Equal(DiscountBasis.BilledToPayer, quote.DiscountBasis);
    }

    [Fact]
    public void Quote_TimedUnits_MultipliesTheRate()
    {
        var quote = Calculator.Quote("H0004", 3, false, Jan(26), new FeeParties(null, null, null), SlidingFeeDecision.None(Jan(26)));

        Assert.Equal(Money.Usd(90m), quote.FullFee);
        Assert.Contains("× 3 units", quote.Explain()[1].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_NominalChargeTier_ChargesTheVisitOnceAndDiscountsAddOnsInFull()
    {
        var decision = Decision(12_000m, 2, nominal: 20m);

        var primary = Calculator.Quote("90834", 1, false, Jan(26), new FeeParties(null, null, Client), decision);
        var addOn = Calculator.Quote("90785", 1, true, Jan(26), new FeeParties(null, null, Client), decision);

        Assert.Equal(Money.Usd(20m), primary.FeeAfterDiscount);
        Assert.Equal(Money.Usd(0m), addOn.FeeAfterDiscount);
        Assert.Contains("discounted in full", addOn.Explain()[2].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_AFee_GetsNoSlidingDiscount()
    {
        var quote = Calculator.Quote("NOSHOW", 1, false, Jan(26), new FeeParties(null, null, Client), Decision(10_000m, 3));

        Assert.Equal(DiscountBasis.NotAClinicalService, quote.DiscountBasis);
        Assert.Equal(Money.Usd(75m), quote.FeeAfterDiscount);
    }

    [Fact]
    public void Quote_UnknownCodeOrUnits_IsRefused()
    {
        Assert.Equal(BillingErrorCodes.FeeServiceNotInCatalog, Calculator.Quote("99999", 1, false, Jan(26), default, SlidingFeeDecision.None(Jan(26))).ToResult().Error.Code);
        Assert.Equal(BillingErrorCodes.FeeUnitsInvalid, Calculator.Quote("90834", 0, false, Jan(26), default, SlidingFeeDecision.None(Jan(26))).ErrorCode);
    }

    [Fact]
    public void Quote_FromACodeLine_UsesItsUnitsAndAddOnFlag()
    {
        var selection = CodeSelector.Default.Select(SessionFacts.Individual(Jan(26), 45) with { InteractiveComplexity = InteractiveComplexityFactors.CaregiverInterference }, CounselingRecords.Billing.Payers.PayerProfile.SelfPay);

        var addOn = Calculator.Quote(selection[1], Jan(26), new FeeParties(null, null, Client), SlidingFeeDecision.None(Jan(26)));

        Assert.True(addOn.IsAddOnLine);
        Assert.Equal(Money.Usd(20m), addOn.FullFee);
        Assert.Equal(3, addOn.Explain().Length);
    }
}

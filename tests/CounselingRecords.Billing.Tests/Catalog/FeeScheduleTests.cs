using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using static CounselingRecords.Billing.Tests.Support.CatalogFixture;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Catalog;

public sealed class FeeScheduleTests
{
    private static readonly FeeSchedule Schedule = CatalogFixture.Schedule(
        new FeeRate(Svc90834, Money.Usd(160m), Jan(1), null, null, null, null),
        new FeeRate(Svc90834, Money.Usd(170m), Jan(1), null, Clinician, null, null),
        new FeeRate(Svc90834, Money.Usd(110m), Jan(1), Jan(31), null, Payer, null),
        new FeeRate(Svc90834, Money.Usd(115m), Feb(1), null, null, Payer, null),
        new FeeRate(Svc90834, Money.Usd(120m), Jan(1), null, Clinician, Payer, null),
        new FeeRate(Svc90834, Money.Usd(90m), Jan(15), null, null, null, Client));

    [Fact]
    public void Resolve_NoRateEffective_UsesTheServiceDefault()
    {
        var rate = Schedule.Resolve(Svc90834, D(2025, 12, 31), new FeeParties(null, null, null));

        Assert.Equal(Money.Usd(150m), rate.Rate);
        Assert.Equal(RateSource.ServiceDefault, rate.Source);
    }

    [Fact]
    public void Resolve_SelfPay_PrefersTheClientCashRateThenTheClinicianRate()
    {
        Assert.Equal(RateSource.ClientCashRate, Schedule.Resolve(Svc90834, Jan(20), new FeeParties(Clinician, null, Client)).Source);
        Assert.Equal(Money.Usd(170m), Schedule.Resolve(Svc90834, Jan(10), new FeeParties(Clinician, null, Client)).Rate);
        Assert.Equal(Money.Usd(160m), Schedule.Resolve(Svc90834, Jan(10), new FeeParties(OtherClinician, null, null)).Rate);
    }

    [Fact]
    public void Resolve_Insurance_IgnoresTheCashRateAndPrefersPayerAndClinician()
    {
        Assert.Equal(Money.Usd(120m), Schedule.Resolve(Svc90834, Jan(20), new FeeParties(Clinician, Payer, Client)).Rate);
        Assert.Equal(Money.Usd(110m), Schedule.Resolve(Svc90834, Jan(20), new FeeParties(OtherClinician, Payer, Client)).Rate);
    }

    [Fact]
    public void Resolve_PayerRate_FollowsItsEffectiveDates()
    {
        var january = Schedule.Resolve(Svc90834, Jan(31), new FeeParties(null, Payer, null));
        var february = Schedule.Resolve(Svc90834, Feb(1), new FeeParties(null, Payer, null));

        Assert.Equal(Money.Usd(110m), january.Rate);
        Assert.Equal(Money.Usd(115m), february.Rate);
        Assert.Equal(Feb(1), february.EffectiveFrom);
    }

    [Fact]
    public void Explain_SaysWhichRateAndWhy()
    {
        var rate = Schedule.Resolve(Svc90834, Jan(20), new FeeParties(Clinician, Payer, null));

        var sentence = rate.Explain().Sentence;

        Assert.Contains("the rate for this payer and clinician", sentence, StringComparison.Ordinal);
        Assert.Contains("120.00 USD", sentence, StringComparison.Ordinal);
        Assert.Contains("more specific or more recent than 3 other effective rates", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OverlappingRatesOfOneScope_Throw()
    {
        Assert.Throws<ArgumentException>(() => CatalogFixture.Schedule(
            new FeeRate(Svc90834, Money.Usd(160m), Jan(1), Jan(31), null, null, null),
            new FeeRate(Svc90834, Money.Usd(165m), Jan(31), null, null, null, null)));
    }

    [Fact]
    public void FeeRate_ClientRateNamingAPayer_Throws()
    {
        Assert.Throws<ArgumentException>(() => new FeeRate(Svc90834, Money.Usd(90m), Jan(1), null, null, Payer, Client));
    }
}

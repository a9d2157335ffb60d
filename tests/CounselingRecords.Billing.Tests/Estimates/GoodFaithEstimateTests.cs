using CounselingRecords.Billing.Estimates;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Billing.Tests.Support.Dates;
using static CounselingRecords.Billing.Tests.Support.EstimateFixture;

namespace CounselingRecords.Billing.Tests.Estimates;

public sealed class GoodFaithEstimateTests
{
    private static IEnumerable<string> Errors(GoodFaithEstimateDraft draft)
    {
        var result = GoodFaithEstimate.Issue(TestIds.Numbered<EstimateId>(1), draft, Feb(3), Instant.FromUtc(2026, 2, 3, 15, 0), TestIds.Numbered<UserId>(4));
        return result.Success ? [] : result.Error.Details.Select(d => d.Code);
    }

    [Fact]
    public void Issue_ACompleteDraft_TotalsTheItemsAndCarriesTheDisclaimers()
    {
        var estimate = Issued();

        Assert.Equal(Money.Usd(810m), estimate.ExpectedTotal());
        Assert.Equal(4, estimate.Disclaimers().Length);
        Assert.Contains("at least $400 more", estimate.Disclaimers()[2], StringComparison.Ordinal);
        Assert.Contains("not a contract", estimate.Disclaimers()[3], StringComparison.Ordinal);
        Assert.Equal(1, estimate.Revision);
    }

    [Fact]
    public void Issue_ReportsEachMissingRequiredContent()
    {
        var draft = Draft() with
        {
            Patient = new GfePatient("", null),
            PrimaryService = "",
            Providers = [Provider with { TaxId = "", Locations = [] }],
            Items = [new GfeItem(ClaimFixture.ValidNpi, "", "x", [], 1, Money.Usd(60m))],
            DisputeInstructions = "",
        };

        Assert.Equal(
            new[]
            {
                BillingErrorCodes.GfePatientNameMissing, BillingErrorCodes.GfePatientBirthDateMissing, BillingErrorCodes.GfePrimaryServiceMissing,
                BillingErrorCodes.GfeProviderTaxIdMissing, BillingErrorCodes.GfeProviderLocationMissing, BillingErrorCodes.GfeItemServiceCodeMissing,
                BillingErrorCodes.GfeDisputeInstructionsMissing,
            },
            Errors(draft));
    }

    [Fact]
    public void Issue_ItemOfAnUnlistedProvider_IsRefused()
    {
        var draft = Draft() with { Items = [new GfeItem(ClaimFixture.NpiFrom("123456780"), "90834", "Psychotherapy", [], 1, Money.Usd(60m))] };

        Assert.Equal(new[] { BillingErrorCodes.GfeItemProviderUnknown }, Errors(draft));
    }

    [Fact]
    public void Issue_OralOnly_IsRefused()
    {
        Assert.Equal(new[] { BillingErrorCodes.GfeNotInWriting }, Errors(Draft() with { Delivery = GfeDeliveryMethod.OralOnly }));
    }

    [Theory]
    [InlineData(2026, 2, 1, 2027, 1, 31, true)]
    [InlineData(2026, 2, 1, 2027, 2, 1, false)]
    public void RecurringScope_CoversAtMostTwelveMonths(int y1, int m1, int d1, int y2, int m2, int d2, bool valid)
    {
        var timeframe = new DateInterval(D(y1, m1, d1), D(y2, m2, d2));
        var draft = Draft() with { PeriodOfCare = timeframe, Recurrence = new GfeRecurringScope(timeframe, "weekly", 52) };

        Assert.Equal(valid ? [] : new[] { BillingErrorCodes.GfeRecurringScopeTooLong }, Errors(draft));
    }

    [Fact]
    public void RecurringScope_WithoutFrequencyOrTotal_IsIncomplete()
    {
        var draft = Draft() with { Recurrence = new GfeRecurringScope(Draft().PeriodOfCare, "", 0) };

        Assert.Equal(new[] { BillingErrorCodes.GfeRecurringScopeIncomplete }, Errors(draft));
    }

    [Fact]
    public void ChangesTo_DetectsChargeFrequencyAndRecurrenceChanges()
    {
        var estimate = Issued();

        Assert.Equal(GfeChanges.None, estimate.ChangesTo(Draft()));
        Assert.Equal(GfeChanges.ExpectedCharges, estimate.ChangesTo(Draft(unit: 70m)));
        Assert.Equal(GfeChanges.Frequency, estimate.ChangesTo(Draft(frequency: "every two weeks")));
        Assert.Equal(GfeChanges.ExpectedCharges | GfeChanges.Recurrences, estimate.ChangesTo(Draft(sessions: 20)));
    }

    [Fact]
    public void Reissue_SupersedesTheEstimate_ForTheSameClientOnly()
    {
        var estimate = Issued();

        var next = estimate.Reissue(TestIds.Numbered<EstimateId>(2), Draft(unit: 70m), Feb(10), Instant.FromUtc(2026, 2, 10, 15, 0), TestIds.Numbered<UserId>(4)).Value;
        var other = estimate.Reissue(TestIds.Numbered<EstimateId>(3), Draft() with { Client = TestIds.Numbered<ClientId>(9) }, Feb(10), Instant.FromUtc(2026, 2, 10, 15, 0), TestIds.Numbered<UserId>(4));

        Assert.Equal(2, next.Revision);
        Assert.Equal(estimate.Id, next.Supersedes);
        Assert.Equal(BillingErrorCodes.GfeReissueForOtherClient, other.Error.Code);
    }

    [Theory]
    [InlineData(1_209.99, false)]
    [InlineData(1_210.00, true)]
    public void Compare_DisputeNeedsFourHundredDollarsMorePerProvider(decimal billed, bool mayDispute)
    {
        var estimate = Issued();
        var comparison = GfeBillComparison.Compare(estimate, [new BilledProviderTotal(ClaimFixture.ValidNpi, Money.Usd(billed))], Mar(1));

        Assert.Equal(mayDispute, comparison.MayDispute);
        Assert.Equal(D(2026, 6, 29), comparison.DisputeDeadline);
        Assert.Equal(Money.Usd(25m), GfeBillComparison.AdministrativeFee);
        Assert.Equal("R3.7", comparison.Explain()[0].RuleId);
    }

    [Fact]
    public void Compare_AProviderNotOnTheEstimate_IsComparedWithZero()
    {
        var other = ClaimFixture.NpiFrom("123456780");

        var comparison = GfeBillComparison.Compare(Issued(), [new BilledProviderTotal(other, Money.Usd(400m))], Mar(1));

        Assert.True(comparison.Providers.Single(p => p.ProviderNpi == other).MayDispute);
    }

    [Fact]
    public void ToString_NamesIdsOnly()
    {
        Assert.DoesNotContain("Pat", Issued().ToString(), StringComparison.Ordinal);
    }
}

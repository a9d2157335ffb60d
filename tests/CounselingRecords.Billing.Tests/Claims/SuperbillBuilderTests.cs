using System.Collections.Immutable;
using CounselingRecords.Billing.Claims;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using CounselingRecords.Validation;
using NodaTime;
using static CounselingRecords.Billing.Tests.Support.ClaimFixture;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Claims;

public sealed class SuperbillBuilderTests
{
    private static readonly SuperbillClient Client = new(LedgerScenario.Client, "Pat Doe", new LocalDate(1990, 4, 2), new PostalAddress("1 Elm St", null, "Springfield", "IL", "62702"), "MEM123", null);

    private static ImmutableArray<SuperbillLineInput> Lines(params int[] charges) => [.. charges.Select(c => new SuperbillLineInput(LedgerScenario.ChargeNo(c), [Dx("F41.1")]))];

    [Fact]
    public void Build_ShowsTheFullFeeThePaymentAndThePaidInFullIndicator()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 150m, discount: 90m).SelfPay(2, Jan(12), 150m).Pay(Jan(12), 60m, PaymentDesignation.ForCharges(LedgerScenario.ChargeNo(1)));

        var superbill = SuperbillBuilder.Build(s.Ledger, Provider, "Electronically signed by A. Clinician, LPC", Client, Lines(1, 2), Feb(1)).Value;

        Assert.Equal(Money.Usd(150m), superbill.Lines[0].FeeCharged);
        Assert.Equal(Money.Usd(90m), superbill.Lines[0].Discount);
        Assert.Equal(Money.Usd(60m), superbill.Lines[0].AmountPaid);
        Assert.True(superbill.Lines[0].PaidInFull);
        Assert.False(superbill.Lines[1].PaidInFull);
        Assert.Equal(Money.Usd(150m), superbill.BalanceDue);
        Assert.Equal("11", superbill.Lines[0].PlaceOfService);
    }

    [Fact]
    public void Build_MissedAppointmentFee_IsNotOnASuperbill()
    {
        var s = new LedgerScenario();
        s.Charge(ChargeRequest.ForMissedAppointmentFee(s.Post(Jan(5)), LedgerScenario.ChargeNo(1), ChargeKind.NoShowFee, Jan(5), Money.Usd(75m), "No-show", "R4.2"));

        Assert.Equal(BillingErrorCodes.SuperbillChargeNotClaimable, SuperbillBuilder.Build(s.Ledger, Provider, "signed", Client, Lines(1), Feb(1)).Error.Code);
    }

    [Fact]
    public void Validator_ReportsEachMissingR210Field()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 150m);
        var bare = Provider with { Credentials = null, LicenseNumber = null, Phone = "" };

        var result = SuperbillBuilder.Build(s.Ledger, bare, "", Client with { LegalName = "" }, [new SuperbillLineInput(LedgerScenario.ChargeNo(1), [])], Feb(1));

        Assert.Equal(
            new[]
            {
                BillingErrorCodes.SuperbillCredentialsMissing, BillingErrorCodes.SuperbillLicenseMissing, BillingErrorCodes.SuperbillPhoneMissing,
                BillingErrorCodes.SuperbillSignatureMissing, BillingErrorCodes.SuperbillClientNameMissing, BillingErrorCodes.SuperbillDiagnosisMissing,
            },
            result.Error.Details.Select(d => d.Code));
    }

    [Fact]
    public void Validator_AcceptsACompleteSuperbill()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 150m);

        Assert.True(new SuperbillValidator().Check(SuperbillBuilder.Build(s.Ledger, Provider, "signed", Client, Lines(1), Feb(1)).Value).Success);
    }
}

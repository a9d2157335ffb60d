using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Ledger;

public sealed class GuarantorBalanceTests
{
    private static readonly LocalDate Day = new(2026, 2, 2);
    private int _next = 100;

    private Posting Post() => new(TestIds.Numbered<LedgerEntryId>(++_next), Day, Instant.FromUtc(2026, 2, 2, 15, 0), TestIds.Numbered<UserId>(4));

    private ChargeRequest Charge(int n, decimal fee, string? guarantor, PayerId? payer = null) => new(
        Post(), TestIds.Numbered<ChargeId>(n), Day, ChargeKind.Service, null, "90834", [], 1, "11", null, null, payer, Money.Usd(0m),
        [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), new Explanation("fee-schedule", "standard fee"))], new Explanation("fee-schedule", "standard fee"), null, guarantor);

    [Fact]
    public void Balances_LinesAddressedToAGuarantor_AreBrokenOutFromTheClientsOwn()
    {
        var ledger = ClientLedger.Open(TestIds.Numbered<ClientId>(1), Currency.Usd)
            .PostCharge(Charge(1, 150m, "parent-7")).Value
            .PostCharge(Charge(2, 40m, null)).Value
            .PostCharge(Charge(3, 60m, " parent-7 ")).Value;

        var balances = ledger.Balances();

        Assert.Equal(Money.Usd(250m), balances.ClientOpen);
        Assert.Equal(Money.Usd(210m), balances.OpenFor("parent-7"));
        Assert.Equal(Money.Usd(40m), balances.ClientOwnOpen);
        Assert.Equal(new[] { "parent-7" }, balances.ByGuarantor.Select(g => g.Guarantor).ToArray());
        Assert.Equal("parent-7", ledger.Snapshot().Lines[0].Guarantor);
        Assert.Null(ledger.Snapshot().Lines[1].Guarantor);
    }

    [Fact]
    public void Balances_PaymentDesignatedToAGuarantorsLine_ReducesWhatTheGuarantorOwes()
    {
        var ledger = ClientLedger.Open(TestIds.Numbered<ClientId>(1), Currency.Usd).PostCharge(Charge(1, 150m, "parent-7")).Value;
        var designation = PaymentDesignation.ForCharges(TestIds.Numbered<ChargeId>(1));

        ledger = ledger.PostClientPayment(new ClientPaymentRequest(Post(), TestIds.Numbered<PaymentId>(1), Money.Usd(100m), PaymentMethod.Card, null, designation)).Value;

        Assert.Equal(Money.Usd(50m), ledger.Balances().OpenFor("parent-7"));
    }

    [Fact]
    public void PostCharge_BlankGuarantor_IsRefusedWithTheStableCode()
    {
        var result = ClientLedger.Open(TestIds.Numbered<ClientId>(1), Currency.Usd).PostCharge(Charge(1, 150m, "  "));

        Assert.Contains(BillingErrorCodes.LedgerGuarantorInvalid, new[] { result.Error.Code }.Concat(result.Error.Details.Select(d => d.Code)));
    }

    [Fact]
    public void Balances_NoGuarantor_HasAnEmptyBreakdown()
    {
        var ledger = ClientLedger.Open(TestIds.Numbered<ClientId>(1), Currency.Usd).PostCharge(Charge(1, 150m, null)).Value;

        Assert.Empty(ledger.Balances().ByGuarantor);
        Assert.Equal(Money.Usd(150m), ledger.Balances().ClientOwnOpen);
        Assert.Equal(Money.Usd(0m), ledger.Balances().OpenFor("anyone"));
    }
}

using CounselingRecords.Billing;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>
/// Balances per bill-to party (R6.3: balances by who owes them; R6.6: the guarantor on a statement): a payer, the
/// client, or a guarantor (an alternate bill-to person) for the client's share of a line.
/// </summary>
public sealed class BillToPartyRules
{
    private static readonly LocalDate Dos = new(2026, 2, 2);

    private static BillingFixture Charge(BillingFixture f, int charge, decimal fee, string? guarantor) => f.Then(f.Ledger.PostCharge(new ChargeRequest(
        f.Post(Dos), BillingFixture.Charge(charge), Dos, ChargeKind.Service, null, "90834", [], 1, "11", null, null, null, Money.Usd(0m),
        [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(fee), new Explanation("fee-schedule", "standard fee"))], new Explanation("fee-schedule", "standard fee"), null, guarantor)));

    [Theory]
    [InlineData("R6.3/R6.6", "guarantor's line and client's line", 150, "parent", 40, null, 150, 40)]
    [InlineData("R6.3/R6.6", "both lines to the guarantor", 150, "parent", 40, "parent", 190, 0)]
    [InlineData("R6.3/R6.6", "no guarantor: the client owes all", 150, null, 40, null, 0, 190)]
    public void OpenBalancePerBillToParty(string rule, string @case, decimal fee1, string? guarantor1, decimal fee2, string? guarantor2, decimal guarantorOwes, decimal clientOwes)
    {
        var f = Charge(Charge(new BillingFixture(), 1, fee1, guarantor1), 2, fee2, guarantor2);

        var balances = f.Ledger.Balances();

        Assert.True(Money.Usd(guarantorOwes) == balances.OpenFor("parent") && Money.Usd(clientOwes) == balances.ClientOwnOpen, $"{rule} {@case}");
        Assert.Equal(Money.Usd(fee1 + fee2), balances.ClientOpen);
    }
}

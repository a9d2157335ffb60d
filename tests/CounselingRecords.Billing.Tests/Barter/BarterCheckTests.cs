using CounselingRecords.Billing.Barter;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Barter;

public sealed class BarterCheckTests
{
    private static readonly BarterTerms Documented = new(true, true, true, "Barter agreement signed 2026-01-05");

    [Fact]
    public void Evaluate_AllConditionsMet_IsAccepted() => Assert.True(BarterCheck.Evaluate(Documented, BarterPolicy.AllowedWithConditions).Success);

    [Fact]
    public void Evaluate_Prohibited_IsRefusedWhateverTheTerms()
    {
        var result = BarterCheck.Evaluate(Documented, BarterPolicy.Prohibited);

        Assert.Equal(BillingErrorCodes.BarterProhibited, result.Error.Code);
        Assert.Equal("R5.10", result.Error.RuleId);
    }

    [Fact]
    public void Evaluate_ReportsEachMissingCondition()
    {
        var result = BarterCheck.Evaluate(new BarterTerms(false, false, false, null), BarterPolicy.AllowedWithConditions);

        Assert.Equal(
            new[] { BillingErrorCodes.BarterNotClientRequested, BillingErrorCodes.BarterNotAcceptedPractice, BillingErrorCodes.BarterExploitative, BillingErrorCodes.BarterNoWrittenContract },
            result.Error.Details.Select(d => d.Code));
    }

    [Fact]
    public void Ledger_BarterPaymentWithoutTerms_IsRefused_AndWithTermsIsApplied()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);
        var request = new ClientPaymentRequest(s.Post(Jan(6)), s.NextPaymentId(), Money.Usd(100m), PaymentMethod.Barter, null, PaymentDesignation.None);

        Assert.Equal(BillingErrorCodes.LedgerBarterTermsMissing, s.Ledger.PostClientPayment(request).Error.Details.Single().Code);
        s.Then(s.Ledger.PostClientPayment(request with { Barter = Documented }));
        Assert.Equal(Money.Usd(0m), s.Line(1).ClientOpen);
        Assert.Contains("barter under a written contract", s.Ledger.Entries[^1].Explanation.Sentence, StringComparison.Ordinal);
    }
}

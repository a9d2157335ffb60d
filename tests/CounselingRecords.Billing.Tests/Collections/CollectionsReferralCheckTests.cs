using System.Collections.Immutable;
using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Collections;

public sealed class CollectionsReferralCheckTests
{
    private static readonly CollectionsPolicy Policy = new(true, 30, 60, 0m, false);

    private static CounselingRecords.Billing.Ledger.LedgerSnapshot Snapshot() =>
        new LedgerScenario().SelfPay(1, D(2025, 10, 1), 100m).SelfPay(2, D(2025, 11, 1), 50m).SelfPay(3, Jan(20), 80m).Ledger.Snapshot();

    [Fact]
    public void Evaluate_AfterNoticeAndTimeToPay_RefersOldEnoughUndisputedLines()
    {
        var decision = CollectionsReferralCheck.Evaluate(Snapshot(), Policy, [], Jan(1), Feb(1));

        Assert.Equal(Money.Usd(150m), decision.Referable);
        Assert.Equal(Money.Usd(80m), decision.Held);
        Assert.Equal(new[] { LedgerScenario.ChargeNo(1), LedgerScenario.ChargeNo(2) }, decision.ReferableCharges);
    }

    [Fact]
    public void Evaluate_PendingDispute_HoldsTheDisputedCharge()
    {
        var dispute = new BillingDispute([LedgerScenario.ChargeNo(1)], Jan(10), null, null);

        var decision = CollectionsReferralCheck.Evaluate(Snapshot(), Policy, [dispute], Jan(1), Feb(1));

        Assert.Equal(Money.Usd(50m), decision.Referable);
        Assert.Contains(decision.Reasons, r => r.RuleId == "R3.7");
        Assert.Equal(Money.Usd(150m), CollectionsReferralCheck.Evaluate(Snapshot(), Policy, [dispute with { ResolvedOn = Jan(25) }], Jan(1), Feb(1)).Referable);
    }

    [Fact]
    public void Evaluate_WithoutNoticeOrBeforeTheTimeToPay_RefersNothing()
    {
        Assert.False(CollectionsReferralCheck.Evaluate(Snapshot(), Policy, [], null, Feb(1)).MayRefer);
        Assert.False(CollectionsReferralCheck.Evaluate(Snapshot(), Policy, [], Jan(15), Feb(1)).MayRefer);
    }

    [Fact]
    public void Evaluate_NotDisclosedInInformedConsent_RefersNothing()
    {
        Assert.False(CollectionsReferralCheck.Evaluate(Snapshot(), Policy with { DisclosedInInformedConsent = false }, [], Jan(1), Feb(1)).MayRefer);
    }

    [Fact]
    public void Evaluate_CollectionFee_OnlyWhenTheAgreementAuthorizesIt()
    {
        var unauthorized = CollectionsReferralCheck.Evaluate(Snapshot(), Policy with { CollectionFeePercent = 25m }, ImmutableArray<BillingDispute>.Empty, Jan(1), Feb(1));
        var authorized = CollectionsReferralCheck.Evaluate(Snapshot(), Policy with { CollectionFeePercent = 25m, FeeAuthorizedByAgreement = true }, [], Jan(1), Feb(1));

        Assert.Equal(Money.Usd(0m), unauthorized.CollectionFee);
        Assert.Equal(Money.Usd(37.50m), authorized.CollectionFee);
    }
}

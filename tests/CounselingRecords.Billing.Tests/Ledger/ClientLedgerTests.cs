using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using CounselingRecords.Testing.Identity;
using static CounselingRecords.Billing.Tests.Support.Dates;

namespace CounselingRecords.Billing.Tests.Ledger;

public sealed class ClientLedgerTests
{
    private const ClaimAdjustmentGroup PR = ClaimAdjustmentGroup.PatientResponsibility;
    private const ClaimAdjustmentGroup CO = ClaimAdjustmentGroup.ContractualObligation;

    [Fact]
    public void PostClientPayment_Undesignated_PaysOldestOpenLineFirst()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).SelfPay(2, Jan(12), 100m).Pay(Jan(20), 150m);

        Assert.Equal(Money.Usd(0m), s.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(50m), s.Line(2).ClientOpen);
        Assert.Equal(Money.Usd(0m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void PostClientPayment_DesignatedCharge_OverridesOldestFirst()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).SelfPay(2, Jan(12), 100m)
            .Pay(Jan(20), 100m, PaymentDesignation.ForCharges(LedgerScenario.ChargeNo(2)));

        Assert.Equal(Money.Usd(100m), s.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(0m), s.Line(2).ClientOpen);
    }

    [Fact]
    public void PostClientPayment_DesignatedDate_PaysThatDateAndKeepsExcessAsCredit()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).SelfPay(2, Jan(12), 100m)
            .Pay(Jan(20), 130m, PaymentDesignation.ForDateOfService(Jan(12)));

        Assert.Equal(Money.Usd(100m), s.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(0m), s.Line(2).ClientOpen);
        Assert.Equal(Money.Usd(30m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void PostClientPayment_MoreThanOpen_LeavesUnappliedCredit()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).Pay(Jan(6), 250m);

        Assert.Equal(Money.Usd(150m), s.Ledger.Balances().UnappliedCredit);
        Assert.Equal(Money.Usd(-150m), s.Ledger.Balances().ClientBalance);
    }

    [Fact]
    public void PostClientPayment_UnknownDesignatedCharge_IsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);

        var result = s.TryPay(Jan(6), 50m, PaymentDesignation.ForCharges(LedgerScenario.ChargeNo(9)));

        Assert.Equal(BillingErrorCodes.LedgerDesignationUnknownCharge, result.Error.Code);
    }

    [Fact]
    public void PointOfServiceCopay_GoesToThatDateOfService_AndEraSettlesTheLine()
    {
        var s = new LedgerScenario().SelfPay(2, Jan(3), 80m).Insured(1, Jan(5), 150m, copay: 25m);
        s.Pay(Jan(5), 25m, PaymentDesignation.PointOfServiceCopay(Jan(5)));
        Assert.Equal(Money.Usd(25m), s.Line(1).ClientPaid);
        Assert.Equal(Money.Usd(80m), s.Line(2).ClientOpen);

        s.Insurance(s.Era(Feb(2), 1, 150m, 100m, 75m, (PR, "3", 25m), (CO, "45", 50m)));

        var line = s.Line(1);
        Assert.Equal(Money.Usd(75m), line.InsurancePaid);
        Assert.Equal(Money.Usd(50m), line.PayerAdjustments);
        Assert.Equal(Money.Usd(25m), line.ClientShare);
        Assert.Equal(Money.Usd(0m), line.ClientOpen);
        Assert.Equal(Money.Usd(0m), line.PayerOpen);
    }

    [Fact]
    public void PointOfServiceCopay_CollectedBeforeTheChargeIsPosted_IsAppliedWhenTheChargeArrives()
    {
        var s = new LedgerScenario().Pay(Jan(5), 30m, PaymentDesignation.PointOfServiceCopay(Jan(5)));
        Assert.Equal(Money.Usd(30m), s.Ledger.Balances().UnappliedCredit);

        s.Insured(1, Jan(5), 150m, copay: 30m);

        Assert.Equal(Money.Usd(30m), s.Line(1).ClientPaid);
        Assert.Equal(Money.Usd(0m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void InsurancePayment_PatientResponsibilityMovesToClient_ContractualNeverBilled()
    {
        var s = new LedgerScenario().Insured(1, Jan(5), 150m);
        s.Insurance(s.Era(Feb(1), 1, 150m, 100m, 0m, (PR, "1", 100m), (CO, "45", 50m)));

        var line = s.Line(1);
        Assert.Equal(Money.Usd(100m), line.ClientShare);
        Assert.Equal(Money.Usd(100m), line.ClientOpen);
        Assert.Equal(Money.Usd(50m), line.PayerAdjustments);
        Assert.Equal(Money.Usd(0m), line.PayerOpen);
        Assert.Equal(Feb(1), line.ResponsibilityDate);
    }

    [Fact]
    public void InsurancePayment_PatientResponsibilityBelowCopayPaid_ReturnsTheExcessToCredit()
    {
        var s = new LedgerScenario().Insured(1, Jan(5), 150m, copay: 40m).Pay(Jan(5), 40m, PaymentDesignation.PointOfServiceCopay(Jan(5)));

        s.Insurance(s.Era(Feb(2), 1, 150m, 100m, 75m, (PR, "3", 25m), (CO, "45", 50m)));

        Assert.Equal(Money.Usd(25m), s.Line(1).ClientPaid);
        Assert.Equal(Money.Usd(15m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void InsurancePayment_Unbalanced_IsRefused()
    {
        var s = new LedgerScenario().Insured(1, Jan(5), 150m);

        var result = s.Ledger.PostInsurancePayment(s.Era(Feb(2), 1, 150m, 100m, 75m, (CO, "45", 50m)));

        Assert.Equal(BillingErrorCodes.LedgerInsurancePostingUnbalanced, result.Error.Code);
        Assert.Equal("R6.2", result.Error.RuleId);
    }

    [Fact]
    public void InsurancePayment_ForAChargeBilledToTheClient_IsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 150m);

        var result = s.Ledger.PostInsurancePayment(s.Era(Feb(2), 1, 150m, 150m, 150m));

        Assert.Equal(BillingErrorCodes.LedgerPayerMismatch, result.Error.Code);
    }

    [Fact]
    public void InsurancePayment_BeyondTheFee_IsRefused()
    {
        var s = new LedgerScenario().Insured(1, Jan(5), 150m);
        s.Insurance(s.Era(Feb(1), 1, 150m, 150m, 150m));

        var result = s.Ledger.PostInsurancePayment(s.Era(Feb(2), 1, 10m, 10m, 10m));

        Assert.Equal(BillingErrorCodes.LedgerInsurancePostingExceedsCharge, result.Error.Code);
    }

    [Fact]
    public void PostCharge_MissedAppointmentFeeToPayer_IsRefused()
    {
        var s = new LedgerScenario();
        var fee = ChargeRequest.ForMissedAppointmentFee(s.Post(Jan(5)), LedgerScenario.ChargeNo(1), ChargeKind.NoShowFee, Jan(5), Money.Usd(75m), "No-show, policy v3 §2", "R4.2");

        var result = s.Ledger.PostCharge(fee with { BillTo = LedgerScenario.Payer });

        Assert.Equal(BillingErrorCodes.LedgerFeeNotBillableToPayer, result.Error.Details.Single().Code);
    }

    [Fact]
    public void PostCharge_MissedAppointmentFee_IsClientOnlyWithThePolicyExplanation()
    {
        var s = new LedgerScenario();
        var fee = ChargeRequest.ForMissedAppointmentFee(s.Post(Jan(5)), LedgerScenario.ChargeNo(1), ChargeKind.LateCancellationFee, Jan(5), Money.Usd(75m), "Late cancellation 19 h before the start; 50% of 150.00 USD", "policy-v3-2");

        s.Charge(fee);

        var line = s.Line(1);
        Assert.Null(line.BillTo);
        Assert.Equal(Money.Usd(75m), line.ClientOpen);
        Assert.Equal("LATECANCEL", line.Code);
        Assert.False(s.Ledger.FindCharge(LedgerScenario.ChargeNo(1))!.Charge!.IsClaimable);
        Assert.Equal("policy-v3-2", s.Ledger.Entries[0].Explanation.RuleId);
    }

    [Fact]
    public void PostCharge_WithDiscount_PostsTheDiscountAsItsOwnEntry()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 150m, discount: 90m);

        Assert.Equal(2, s.Ledger.Entries.Length);
        Assert.Equal(LedgerEntryKind.Adjustment, s.Ledger.Entries[1].Kind);
        Assert.Equal(AdjustmentType.SlidingScaleDiscount, s.Ledger.Entries[1].Adjustment!.Type);
        Assert.Equal(Money.Usd(150m), s.Line(1).Fee);
        Assert.Equal(Money.Usd(90m), s.Line(1).SlidingScaleDiscount);
        Assert.Equal(Money.Usd(60m), s.Line(1).ClientShare);
    }

    [Fact]
    public void PostCharge_DuplicateChargeId_IsRefusedAndLeavesNoTrace()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);
        var before = s.Ledger;

        var result = s.Ledger.PostCharge(s.SelfPayCharge(1, Jan(6), 100m));

        Assert.Equal(BillingErrorCodes.LedgerChargeIdDuplicate, result.Error.Code);
        Assert.Single(before.Entries);
    }

    [Fact]
    public void PostCharge_DatedBeforeTheLastEntry_IsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(10), 100m);

        var result = s.Ledger.PostCharge(s.SelfPayCharge(2, Jan(5), 100m));

        Assert.Equal(BillingErrorCodes.LedgerPostingDateOutOfOrder, result.Error.Code);
    }

    [Fact]
    public void PostAdjustment_MoreThanTheOpenShare_IsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).Pay(Jan(6), 60m);

        var result = s.TryAdjust(Jan(7), 1, AdjustmentType.Courtesy, 50m);

        Assert.Equal(BillingErrorCodes.LedgerAdjustmentExceedsBalance, result.Error.Code);
    }

    [Fact]
    public void PostAdjustment_ContractualOnAClientLine_IsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);

        var result = s.TryAdjust(Jan(7), 1, AdjustmentType.Contractual, 10m);

        Assert.Equal(BillingErrorCodes.LedgerContractualAdjustmentRequiresPayer, result.Error.Code);
    }

    [Fact]
    public void PostAdjustment_WithoutReasonCode_FailsValidation()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);

        var result = s.Ledger.PostAdjustment(new AdjustmentRequest(s.Post(Jan(6)), LedgerScenario.ChargeNo(1), AdjustmentType.Courtesy, " ", Money.Usd(5m), null));

        Assert.Equal(BillingErrorCodes.LedgerReasonCodeMissing, result.Error.Details.Single().Code);
    }

    [Fact]
    public void PostRefund_UpToTheCredit_IsAccepted_AndBeyondIsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).Pay(Jan(6), 130m);

        Assert.Equal(BillingErrorCodes.LedgerRefundExceedsCredit, s.TryRefund(Jan(7), 31m).Error.Code);
        s.Refund(Jan(7), 30m);
        Assert.Equal(Money.Usd(0m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void ApplyCredit_PaysTheOldestOpenLine_AndChecksCreditAndBalance()
    {
        var s = new LedgerScenario().Pay(Jan(2), 50m).SelfPay(1, Jan(5), 30m).SelfPay(2, Jan(12), 40m);

        Assert.Equal(BillingErrorCodes.LedgerCreditInsufficient, s.TryApplyCredit(Jan(13), 60m).Error.Code);
        Assert.Equal(BillingErrorCodes.LedgerCreditExceedsBalance, s.TryApplyCredit(Jan(13), 35m, PaymentDesignation.ForCharges(LedgerScenario.ChargeNo(1))).Error.Code);
        s.ApplyCredit(Jan(13), 50m);

        Assert.Equal(Money.Usd(0m), s.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(20m), s.Line(2).ClientOpen);
        Assert.Equal(Money.Usd(0m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void Reverse_Payment_RestoresThePreviousBalances()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).SelfPay(2, Jan(12), 100m);
        var before = s.Ledger.Snapshot();
        s.Pay(Jan(20), 150m);

        s.Reverse(Jan(21), s.LastEntry);

        Assert.Equal(before.Balances.ClientOpen, s.Ledger.Balances().ClientOpen);
        Assert.Equal(before.Balances.UnappliedCredit, s.Ledger.Balances().UnappliedCredit);
        Assert.Equal(before.Balances.AccountBalance, s.Ledger.Balances().AccountBalance);
        Assert.Equal(before.Lines.Select(l => l.ClientOpen), s.Ledger.Snapshot().Lines.Select(l => l.ClientOpen));
    }

    [Fact]
    public void Reverse_Twice_OrAReversal_IsRefused()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).Pay(Jan(6), 50m);
        var payment = s.LastEntry;
        s.Reverse(Jan(7), payment);

        Assert.Equal(BillingErrorCodes.LedgerAlreadyReversed, s.TryReverse(Jan(8), payment).Error.Code);
        Assert.Equal(BillingErrorCodes.LedgerCannotReverseReversal, s.TryReverse(Jan(8), s.LastEntry).Error.Code);
    }

    [Fact]
    public void Reverse_ChargeWithInsurancePosting_RequiresReversingThePostingFirst()
    {
        var s = new LedgerScenario().Insured(1, Jan(5), 150m);
        var charge = s.LastEntry;
        s.Insurance(s.Era(Feb(1), 1, 150m, 150m, 150m));
        var posting = s.LastEntry;

        Assert.Equal(BillingErrorCodes.LedgerReversalRequiresDependentReversals, s.TryReverse(Feb(2), charge).Error.Code);
        s.Reverse(Feb(2), posting).Reverse(Feb(2), charge);
        Assert.True(s.Line(1).IsReversed);
        Assert.Equal(Money.Usd(0m), s.Ledger.Balances().AccountBalance);
    }

    [Fact]
    public void Reverse_ChargeThatWasPaid_ReturnsThePaymentToCredit()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);
        var charge = s.LastEntry;
        s.Pay(Jan(6), 100m).Reverse(Jan(7), charge);

        Assert.Equal(Money.Usd(100m), s.Ledger.Balances().UnappliedCredit);
        Assert.Equal(Money.Usd(-100m), s.Ledger.Balances().AccountBalance);
    }

    [Fact]
    public void Reverse_PaymentThatWasRefunded_RequiresReversingTheRefundFirst()
    {
        var s = new LedgerScenario().Pay(Jan(5), 100m);
        var payment = s.LastEntry;
        s.Refund(Jan(6), 40m);

        Assert.Equal(BillingErrorCodes.LedgerReversalRequiresDependentReversals, s.TryReverse(Jan(7), payment).Error.Code);
        s.Reverse(Jan(7), s.LastEntry).Reverse(Jan(7), payment);
        Assert.Equal(Money.Usd(0m), s.Ledger.Balances().UnappliedCredit);
    }

    [Fact]
    public void Reverse_InsurancePosting_BringsBackTheExpectedCopay()
    {
        var s = new LedgerScenario().Insured(1, Jan(5), 150m, copay: 20m);
        s.Insurance(s.Era(Feb(1), 1, 150m, 100m, 50m, (PR, "2", 50m), (CO, "45", 50m)));
        Assert.Equal(Money.Usd(50m), s.Line(1).ClientShare);

        s.Reverse(Feb(2), s.LastEntry);

        Assert.False(s.Line(1).IsAdjudicated);
        Assert.Equal(Money.Usd(20m), s.Line(1).ClientShare);
        Assert.Equal(Money.Usd(130m), s.Line(1).PayerOpen);
    }

    [Fact]
    public void AllocationOrder_ResponsibilityDate_PaysTheEarlierResponsibilityFirst_WhileDateOfServicePaysTheEarlierService()
    {
        static LedgerScenario Build(AllocationOrder order)
        {
            var s = new LedgerScenario(order).Insured(1, Jan(5), 150m).SelfPay(2, Jan(20), 80m);
            s.Insurance(s.Era(Feb(10), 1, 150m, 100m, 50m, (PR, "1", 50m), (CO, "45", 50m)));
            return s.Pay(Feb(15), 50m);
        }

        var byResponsibility = Build(AllocationOrder.OldestResponsibilityDateFirst);
        var byService = Build(AllocationOrder.OldestDateOfServiceFirst);

        Assert.Equal(Money.Usd(30m), byResponsibility.Line(2).ClientOpen);
        Assert.Equal(Money.Usd(50m), byResponsibility.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(0m), byService.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(80m), byService.Line(2).ClientOpen);
    }

    [Fact]
    public void Constructor_RebuildsTheSameStateFromStoredEntries()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m, discount: 20m).Insured(2, Jan(12), 150m, copay: 25m)
            .Pay(Jan(12), 25m, PaymentDesignation.PointOfServiceCopay(Jan(12))).Pay(Jan(20), 100m);

        var rebuilt = new ClientLedger(s.Ledger.Client, s.Ledger.Currency, s.Ledger.AllocationOrder, s.Ledger.Entries, 3);

        Assert.Equal(s.Ledger.Snapshot().Lines.ToArray(), rebuilt.Snapshot().Lines.ToArray());
        Assert.Equal(s.Ledger.Balances().AccountBalance, rebuilt.Balances().AccountBalance);
        Assert.Equal(3, rebuilt.Version);
        Assert.Equal(s.Ledger.Client.ToString(), rebuilt.Key);
    }

    [Fact]
    public void Constructor_EntriesThatBreakARule_Throw()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);
        var duplicated = s.Ledger.Entries.Add(s.Ledger.Entries[0]);

        Assert.Throws<ArgumentException>(() => new ClientLedger(s.Ledger.Client, s.Ledger.Currency, s.Ledger.AllocationOrder, duplicated, 0));
    }

    [Fact]
    public void SnapshotAsOf_IncludesOnlyEntriesPostedByThatDate()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m).Pay(Jan(20), 100m);

        Assert.Equal(Money.Usd(100m), s.Ledger.SnapshotAsOf(Jan(19)).Balances.ClientOpen);
        Assert.Equal(Money.Usd(0m), s.Ledger.SnapshotAsOf(Jan(20)).Balances.ClientOpen);
    }

    [Fact]
    public void Lines_SatisfyTheBalanceIdentityOfR63()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m, discount: 20m).Insured(2, Jan(12), 150m, copay: 25m)
            .Pay(Jan(12), 25m, PaymentDesignation.PointOfServiceCopay(Jan(12)));
        s.Insurance(s.Era(Feb(2), 2, 150m, 100m, 70m, (PR, "2", 30m), (CO, "45", 50m))).Pay(Feb(3), 40m);

        foreach (var line in s.Ledger.Snapshot().Lines)
        {
            Assert.Equal(line.Fee, line.InsurancePaid + line.PayerAdjustments + line.ContractualAdjustments + line.SlidingScaleDiscount
                + line.OtherClientAdjustments + line.ClientPaid + line.ClientOpen + line.PayerOpen);
        }
    }

    [Fact]
    public void ToString_NamesIdsOnly()
    {
        var s = new LedgerScenario().SelfPay(1, Jan(5), 100m);

        Assert.Equal($"ClientLedger {LedgerScenario.Client} (1 entries, version 0)", s.Ledger.ToString());
        Assert.DoesNotContain("90834", s.Ledger.ToString(), StringComparison.Ordinal);
        Assert.Equal(TestIds.Numbered<CounselingRecords.Identity.ClientId>(1), s.Ledger.Client);
    }
}

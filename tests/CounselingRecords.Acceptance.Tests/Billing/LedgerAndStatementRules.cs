using CounselingRecords.Billing;
using CounselingRecords.Billing.Collections;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>The cases of R6.1–R6.3 and R6.5–R6.10 (R6.4's Medicare 60-day rule is flagged; refunds and credit are asserted).</summary>
public sealed class LedgerAndStatementRules
{
    private const ClaimAdjustmentGroup PR = ClaimAdjustmentGroup.PatientResponsibility;
    private const ClaimAdjustmentGroup CO = ClaimAdjustmentGroup.ContractualObligation;
    private const ClaimAdjustmentGroup OA = ClaimAdjustmentGroup.OtherAdjustment;
    private const ClaimAdjustmentGroup PI = ClaimAdjustmentGroup.PayerInitiatedReduction;
    private static readonly LocalDate Jan5 = new(2026, 1, 5);
    private static readonly LocalDate Jan12 = new(2026, 1, 12);
    private static readonly LocalDate Feb2 = new(2026, 2, 2);

    private static StatementGenerator Generator => new(new StatementSettings(
        new PracticeHeader("Riverside Counseling", "12 Main St, Springfield, IL 62701", "555-0100", "12-3456789"), 21, AgingAnchor.DateOfService,
        "Pay online or by check.", "Ask about our sliding fee scale.", "Billing office, 555-0101"));

    private static StatementRequest Request(DateInterval period, LocalDate date) =>
        new(TestIds.Numbered<StatementId>(1), period, date, "A-1001", new StatementRecipient("Pat Doe", "Pat Doe", "1 Elm St"));

    [Theory]
    [InlineData("R6.1", "undesignated: oldest open line first", "none", 0, 50)]
    [InlineData("R6.1", "designated charge honoured first", "charge2", 100, -50)]
    [InlineData("R6.1", "designated date of service honoured first", "date2", 100, -50)]
    public void ClientPaymentAllocation(string rule, string @case, string designation, decimal firstOpen, decimal secondOpen)
    {
        var f = new BillingFixture().SelfPay(1, Jan5, 100m).SelfPay(2, Jan12, 100m);
        var target = designation switch
        {
            "charge2" => PaymentDesignation.ForCharges(BillingFixture.Charge(2)),
            "date2" => PaymentDesignation.ForDateOfService(Jan12),
            _ => PaymentDesignation.None,
        };

        f.Pay(Feb2, 150m, target);

        Assert.True(Money.Usd(firstOpen) == f.Line(1).ClientOpen, $"{rule} {@case}");
        Assert.True(secondOpen < 0 ? f.Line(2).ClientOpen.IsZero && f.Ledger.Balances().UnappliedCredit == Money.Usd(-secondOpen) : f.Line(2).ClientOpen == Money.Usd(secondOpen), $"{rule} {@case}");
    }

    [Fact]
    public void R6_1_PointOfServiceCopayGoesToTheCurrentDateOfService()
    {
        var f = new BillingFixture().SelfPay(1, Jan5, 100m).Insured(2, Jan12, 150m, copay: 25m).Pay(Jan12, 25m, PaymentDesignation.PointOfServiceCopay(Jan12));

        Assert.Equal(Money.Usd(100m), f.Line(1).ClientOpen);
        Assert.Equal(Money.Usd(25m), f.Line(2).ClientPaid);
    }

    [Fact]
    public void R6_1_ExcessBecomesUnappliedCredit()
    {
        var f = new BillingFixture().SelfPay(1, Jan5, 100m).Pay(Jan12, 120m);

        Assert.Equal(Money.Usd(20m), f.Ledger.Balances().UnappliedCredit);
    }

    [Theory]
    [InlineData("R6.2", "PR-1 deductible moves to the client", PR, "1", 100, 0)]
    [InlineData("R6.2", "PR-2 coinsurance moves to the client", PR, "2", 100, 0)]
    [InlineData("R6.2", "PR-3 copay moves to the client", PR, "3", 100, 0)]
    [InlineData("R6.2", "CO-45 is written off, never billed to the client", CO, "45", 0, 100)]
    [InlineData("R6.2", "OA is not billable to the client", OA, "23", 0, 100)]
    [InlineData("R6.2", "PI is not billable to the client", PI, "B10", 0, 100)]
    public void InsuranceGroupCodes(string rule, string @case, ClaimAdjustmentGroup group, string reason, decimal clientShare, decimal writtenOff)
    {
        var f = new BillingFixture().Insured(1, Jan5, 150m).Era(Feb2, 1, 150m, group == PR ? 150m : 50m, 50m, (group, reason, 100m));

        var line = f.Line(1);
        Assert.True(Money.Usd(clientShare) == line.ClientShare, $"{rule} {@case}");
        Assert.True(Money.Usd(writtenOff) == line.PayerAdjustments, $"{rule} {@case}");
        Assert.Equal(Money.Usd(0m), line.PayerOpen);
    }

    [Fact]
    public void R6_2_PostedPerLine_BilledEqualsPaidPlusAdjustments()
    {
        var f = new BillingFixture().Insured(1, Jan5, 150m);

        Assert.Equal(BillingErrorCodes.LedgerInsurancePostingUnbalanced, f.TryEra(Feb2, 1, 150m, 100m, 80m, (CO, "45", 50m)).Error.Code);
    }

    [Fact]
    public void R6_3_BalanceIdentityPerLine_ReconcilesToZero()
    {
        var f = new BillingFixture().Insured(1, Jan5, 150m, copay: 20m).Pay(Jan5, 20m, PaymentDesignation.PointOfServiceCopay(Jan5))
            .Era(Feb2, 1, 150m, 100m, 70m, (PR, "2", 30m), (CO, "45", 50m)).Pay(Feb2, 10m);

        var line = f.Line(1);
        Assert.Equal(Money.Usd(0m), line.Fee - line.InsurancePaid - line.ClientPaid - line.PayerAdjustments - line.ContractualAdjustments - line.SlidingScaleDiscount - line.OtherClientAdjustments - line.Balance);
        Assert.Equal(line.PatientResponsibility - line.ClientPaid, line.ClientOpen);
        Assert.Equal(Money.Usd(0m), line.Balance);
    }

    [Theory]
    [InlineData("R6.4", "refund up to the credit", 20, null)]
    [InlineData("R6.4", "refund beyond the credit", 21, BillingErrorCodes.LedgerRefundExceedsCredit)]
    public void Refunds(string rule, string @case, decimal refund, string? error)
    {
        var f = new BillingFixture().SelfPay(1, Jan5, 100m).Pay(Jan12, 120m);

        var result = f.Ledger.PostRefund(new RefundRequest(f.Post(Feb2), f.NextPayment(), Money.Usd(refund), PaymentMethod.Check, "1001"));

        Assert.True(error is null ? result.Success : result.Error.Code == error, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R6.5", "age 0", 0, AgingBucket.Days0To30)]
    [InlineData("R6.5", "age 30 is in 0–30", 30, AgingBucket.Days0To30)]
    [InlineData("R6.5", "age 31 is in 31–60", 31, AgingBucket.Days31To60)]
    [InlineData("R6.5", "age 60", 60, AgingBucket.Days31To60)]
    [InlineData("R6.5", "age 61", 61, AgingBucket.Days61To90)]
    [InlineData("R6.5", "age 90", 90, AgingBucket.Days61To90)]
    [InlineData("R6.5", "age 91", 91, AgingBucket.Days91To120)]
    [InlineData("R6.5", "age 120", 120, AgingBucket.Days91To120)]
    [InlineData("R6.5", "age 121 is over 120", 121, AgingBucket.Over120Days)]
    public void AgingBuckets_OnAStatement(string rule, string @case, int age, AgingBucket bucket)
    {
        var asOf = new LocalDate(2026, 6, 30);
        var f = new BillingFixture().SelfPay(1, asOf.PlusDays(-age), 100m);

        var aging = Generator.Generate(f.Ledger, Request(new DateInterval(asOf.PlusDays(-age), asOf), asOf)).ClientAging;

        Assert.True(Money.Usd(100m) == aging[bucket], $"{rule} {@case}");
    }

    [Fact]
    public void R6_6_StatementContents()
    {
        var f = new BillingFixture().SelfPay(1, Jan5, 150m, 90m).Insured(2, Jan12, 150m).Era(Feb2, 2, 150m, 100m, 80m, (PR, "2", 20m), (CO, "45", 50m));

        var statement = Generator.Generate(f.Ledger, Request(new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), new LocalDate(2026, 3, 1)));

        Assert.Equal("12-3456789", statement.Practice.TaxId);
        Assert.Equal("A-1001", statement.AccountNumber);
        Assert.Equal(new LocalDate(2026, 3, 22), statement.DueDate);
        Assert.Equal(Money.Usd(210m), statement.Totals.OpeningBalance);
        Assert.Equal(Money.Usd(80m), statement.Totals.InsurancePayments);
        Assert.Equal(Money.Usd(50m), statement.Totals.Adjustments);
        Assert.Equal(Money.Usd(80m), statement.Totals.AmountDue);
        var insured = statement.Services.Single(s => s.Charge == BillingFixture.Charge(2));
        Assert.Equal((Money.Usd(150m), Money.Usd(80m), Money.Usd(50m), Money.Usd(20m)), (insured.Fee, insured.InsurancePaid, insured.Adjustments, insured.ClientDue));
        Assert.Equal(Money.Usd(90m), statement.Services.Single(s => s.Charge == BillingFixture.Charge(1)).Discount);
        Assert.False(string.IsNullOrEmpty(statement.FinancialAssistanceNotice));
        Assert.False(string.IsNullOrEmpty(statement.DisputeContact));
        Assert.DoesNotContain(typeof(Statement).GetProperties(), p => p.PropertyType == typeof(CounselingRecords.Coding.DiagnosisCode));
        Assert.DoesNotContain(typeof(StatementServiceLine).GetProperties(), p => p.Name.Contains("Diagnos", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("R6.7", "dispute pending: held from collections", true, 0)]
    [InlineData("R6.7", "no dispute: referable after notice and time to pay", false, 100)]
    public void Collections(string rule, string @case, bool disputed, decimal referable)
    {
        var f = new BillingFixture().SelfPay(1, new LocalDate(2025, 10, 1), 100m);
        var disputes = disputed ? [new BillingDispute([BillingFixture.Charge(1)], new LocalDate(2026, 1, 10), null, TestIds.Numbered<EstimateId>(1))] : System.Collections.Immutable.ImmutableArray<BillingDispute>.Empty;

        var decision = CollectionsReferralCheck.Evaluate(f.Ledger.Snapshot(), new CollectionsPolicy(true, 30, 60, 0m, false), disputes, new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 15));

        Assert.True(Money.Usd(referable) == decision.Referable, $"{rule} {@case}");
    }

    [Fact]
    public void R6_7_NoPercentageCollectionFeeUnlessTheAgreementAuthorizesIt()
    {
        var f = new BillingFixture().SelfPay(1, new LocalDate(2025, 10, 1), 100m);

        var decision = CollectionsReferralCheck.Evaluate(f.Ledger.Snapshot(), new CollectionsPolicy(true, 30, 60, 33m, false), [], new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 15));

        Assert.Equal(Money.Usd(0m), decision.CollectionFee);
    }

    [Fact]
    public void R6_8_InNetworkClientOwesOnlyPatientResponsibility()
    {
        var f = new BillingFixture().Insured(1, Jan5, 200m).Era(Feb2, 1, 200m, 90m, 70m, (PR, "3", 20m), (CO, "45", 110m));

        Assert.Equal(Money.Usd(20m), f.Line(1).ClientShare);
        Assert.Equal(Money.Usd(20m), f.Ledger.Balances().ClientOpen);
    }

    [Theory]
    [InlineData("R6.9", "write-off types carry a reason code", AdjustmentType.SmallBalance)]
    [InlineData("R6.9", "bad debt", AdjustmentType.BadDebt)]
    [InlineData("R6.9", "courtesy", AdjustmentType.Courtesy)]
    [InlineData("R6.9", "charity", AdjustmentType.Charity)]
    [InlineData("R6.9", "GFE dispute settlement", AdjustmentType.GoodFaithEstimateDisputeSettlement)]
    public void AdjustmentsAreReversibleEntries(string rule, string @case, AdjustmentType type)
    {
        var f = new BillingFixture().SelfPay(1, Jan5, 100m);
        f.Then(f.Ledger.PostAdjustment(new AdjustmentRequest(f.Post(Jan12), BillingFixture.Charge(1), type, "WO-1", Money.Usd(30m), null)));
        var adjustment = f.Ledger.Entries[^1];
        Assert.Equal(BillingFixture.Biller, adjustment.RecordedBy);
        Assert.Equal("WO-1", adjustment.Adjustment!.ReasonCode);

        f.Then(f.Ledger.Reverse(new ReversalRequest(f.Post(Feb2), adjustment.Id, "posted in error")));

        Assert.True(f.Ledger.Entries.Contains(adjustment), $"{rule} {@case}: never deleted");
        Assert.True(Money.Usd(100m) == f.Line(1).ClientOpen, $"{rule} {@case}");
    }

    [Fact]
    public void R6_10_PercentagesRoundHalfAwayFromZeroAtTheLine()
    {
        Assert.Equal(Money.Usd(12.35m), Money.Usd(24.69m).Percent(50m));
        var f = new BillingFixture();
        var charge = f.Ledger.PostCharge(new ChargeRequest(
            f.Post(Jan5), BillingFixture.Charge(1), Jan5, ChargeKind.Service, null, "90834", [], 1, "11", null, null, null, Money.Usd(0m),
            [new PriceComponent(PriceComponentKind.BaseFee, Money.Usd(24.69m), new Explanation(null, "fee"))], new Explanation(null, "fee"),
            new DiscountRequest(f.NextId(), AdjustmentType.SlidingScaleDiscount, "S", Money.Usd(24.69m).Percent(50m), new Explanation("R5.1", "50%"))));

        Assert.Equal(Money.Usd(12.34m), f.Then(charge).Line(1).ClientShare);
    }
}

using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Refunds;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Refunds;

public sealed class RefundWindowTests
{
    private static readonly LedgerEntryId Payment = TestIds.Numbered<LedgerEntryId>(1);

    private static ClientLedger LedgerWithCredit(LocalDate paidOn, decimal amount, out LedgerEntryId payment)
    {
        payment = TestIds.Numbered<LedgerEntryId>(77);
        var posting = new Posting(payment, paidOn, Instant.FromUtc(paidOn.Year, paidOn.Month, paidOn.Day, 15, 0), TestIds.Numbered<UserId>(4));
        return ClientLedger.Open(TestIds.Numbered<ClientId>(1), Currency.Usd)
            .PostClientPayment(new ClientPaymentRequest(posting, TestIds.Numbered<PaymentId>(77), Money.Usd(amount), PaymentMethod.Cash, null, PaymentDesignation.None)).Value;
    }

    [Fact]
    public void DeadlinesFor_CaliforniaWithRequest_Is30DaysAfterTheRequest_AndNeedsNoNotice()
    {
        var deadlines = RefundWindowPolicy.CaliforniaBpc732.DeadlinesFor(new OverpaymentFacts(Payment, new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 2)));

        Assert.Equal(new LocalDate(2026, 4, 1), deadlines.RefundDueBy);
        Assert.Null(deadlines.NotifyBy);
        Assert.All(deadlines.Explanations, e => Assert.Equal("R6.4", e.RuleId));
        Assert.Contains("30 days of the request", deadlines.Explanations.Single().Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlinesFor_CaliforniaWithoutRequest_NoticeIn90DaysThenRefundIn30()
    {
        var notYet = RefundWindowPolicy.CaliforniaBpc732.DeadlinesFor(new OverpaymentFacts(Payment, new LocalDate(2026, 1, 5)));
        var notified = RefundWindowPolicy.CaliforniaBpc732.DeadlinesFor(new OverpaymentFacts(Payment, new LocalDate(2026, 1, 5), NotifiedOn: new LocalDate(2026, 2, 1)));

        Assert.Equal(new LocalDate(2026, 4, 5), notYet.NotifyBy);
        Assert.Equal(new LocalDate(2026, 5, 5), notYet.RefundDueBy);
        Assert.Equal(new LocalDate(2026, 3, 3), notified.RefundDueBy);
        Assert.False(notified.IsNoticeOverdueOn(new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void DeadlinesFor_RequestAfterTheNotice_TheEarlierRefundDateBinds()
    {
        var deadlines = RefundWindowPolicy.CaliforniaBpc732.DeadlinesFor(new OverpaymentFacts(Payment, new LocalDate(2026, 1, 5), new LocalDate(2026, 4, 30), new LocalDate(2026, 2, 1)));

        Assert.Equal(new LocalDate(2026, 3, 3), deadlines.RefundDueBy);
        Assert.Equal(2, deadlines.Explanations.Length);
    }

    [Fact]
    public void DeadlinesFor_Medicare_Is60DaysAfterIdentification()
    {
        var deadlines = RefundWindowPolicy.MedicareOverpayment.DeadlinesFor(new OverpaymentFacts(Payment, new LocalDate(2026, 1, 5)));

        Assert.Equal(new LocalDate(2026, 3, 6), deadlines.RefundDueBy);
        Assert.False(deadlines.IsOverdueOn(new LocalDate(2026, 3, 6)));
        Assert.True(deadlines.IsOverdueOn(new LocalDate(2026, 3, 7)));
        Assert.Equal(1, deadlines.DaysRefundOverdue(new LocalDate(2026, 3, 7)));
    }

    [Fact]
    public void IsNoticeOverdueOn_NoticeGivenLate_StaysLate()
    {
        var deadlines = RefundWindowPolicy.CaliforniaBpc732.DeadlinesFor(new OverpaymentFacts(Payment, new LocalDate(2026, 1, 5), NotifiedOn: new LocalDate(2026, 4, 6)));

        Assert.True(deadlines.IsNoticeOverdueOn(new LocalDate(2026, 4, 7)));
    }

    [Fact]
    public void Constructor_WithoutAnyWindow_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RefundWindowPolicy("Nowhere", "R6.4", null, null, null, null));
        Assert.Throws<ArgumentException>(() => new RefundWindowPolicy("Half", "R6.4", null, 90, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RefundWindowPolicy("Zero", "R6.4", 0, null, null, null));
    }

    [Fact]
    public void OverpaymentFacts_NoticeBeforeIdentification_Throws() =>
        Assert.Throws<ArgumentException>(() => new OverpaymentFacts(Payment, new LocalDate(2026, 2, 1), NotifiedOn: new LocalDate(2026, 1, 31)));

    [Fact]
    public void Overdue_CreditFromAPayment_IsIdentifiedOnItsAccountingDate()
    {
        var ledger = LedgerWithCredit(new LocalDate(2026, 1, 5), 40m, out var payment);

        Assert.Empty(RefundWindows.Overdue(ledger, RefundWindowPolicy.MedicareOverpayment, new LocalDate(2026, 3, 6)));
        var overdue = Assert.Single(RefundWindows.Overdue(ledger, RefundWindowPolicy.MedicareOverpayment, new LocalDate(2026, 3, 7)));
        Assert.Equal((payment, Money.Usd(40m), 1), (overdue.Payment, overdue.Amount, overdue.DaysRefundOverdue));
    }

    [Fact]
    public void Overdue_RecordedRequestDate_OverridesTheDefault()
    {
        var ledger = LedgerWithCredit(new LocalDate(2026, 1, 5), 40m, out var payment);
        var facts = new[] { new OverpaymentFacts(payment, new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 10)) };

        var overdue = Assert.Single(RefundWindows.Overdue(ledger, RefundWindowPolicy.CaliforniaBpc732, new LocalDate(2026, 2, 10), facts));
        Assert.Equal(new LocalDate(2026, 2, 9), overdue.Deadlines.RefundDueBy);
    }

    [Fact]
    public void Overdue_RefundedCredit_IsNotListed()
    {
        var ledger = LedgerWithCredit(new LocalDate(2026, 1, 5), 40m, out _);
        var refund = new Posting(TestIds.Numbered<LedgerEntryId>(78), new LocalDate(2026, 2, 1), Instant.FromUtc(2026, 2, 1, 15, 0), TestIds.Numbered<UserId>(4));
        ledger = ledger.PostRefund(new RefundRequest(refund, TestIds.Numbered<PaymentId>(78), Money.Usd(40m), PaymentMethod.Check, "1001")).Value;

        Assert.Empty(RefundWindows.Overdue(ledger, RefundWindowPolicy.MedicareOverpayment, new LocalDate(2026, 6, 1)));
    }
}

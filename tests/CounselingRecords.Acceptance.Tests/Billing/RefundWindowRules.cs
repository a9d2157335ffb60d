using CounselingRecords.Billing.Refunds;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Acceptance.Tests.Billing;

/// <summary>
/// R6.4 refund windows: California (Cal. BPC §732) refunds a duplicate third-party payment within 30 days of the
/// patient's request, or, without a request, notifies within 90 days and refunds within 30 days of the notice;
/// Medicare overpayments are reported and returned within 60 days of identification. "Within N days of X": day N is
/// on time, day N + 1 is late.
/// </summary>
public sealed class RefundWindowRules
{
    private static readonly LocalDate Identified = new(2026, 1, 5);
    private static readonly LedgerEntryId Payment = TestIds.Numbered<LedgerEntryId>(900);

    [Theory]
    [InlineData("R6.4", "California, day 30 after the request", "ca", "request", 30, false)]
    [InlineData("R6.4", "California, day 31 after the request", "ca", "request", 31, true)]
    [InlineData("R6.4", "California, no request, day 90 after identification without a notice", "ca", "none", 90, false)]
    [InlineData("R6.4", "California, no request, day 91 after identification without a notice", "ca", "none", 91, true)]
    [InlineData("R6.4", "California, notified on day 90: day 30 after the notice", "ca", "notice-day-90", 120, false)]
    [InlineData("R6.4", "California, notified on day 90: day 31 after the notice", "ca", "notice-day-90", 121, true)]
    [InlineData("R6.4", "Medicare, day 60 after identification", "medicare", "none", 60, false)]
    [InlineData("R6.4", "Medicare, day 61 after identification", "medicare", "none", 61, true)]
    public void RefundOrNoticeIsLateTheDayAfterItsWindow(string rule, string @case, string jurisdiction, string events, int dayAfterStart, bool overdue)
    {
        var policy = jurisdiction == "ca" ? RefundWindowPolicy.CaliforniaBpc732 : RefundWindowPolicy.MedicareOverpayment;
        var facts = events switch
        {
            // The request window runs from the request; the other windows from identification.
            "request" => new OverpaymentFacts(Payment, Identified, Identified),
            "notice-day-90" => new OverpaymentFacts(Payment, Identified, NotifiedOn: Identified.PlusDays(90)),
            _ => new OverpaymentFacts(Payment, Identified),
        };

        var deadlines = policy.DeadlinesFor(facts);

        Assert.True(overdue == deadlines.IsOverdueOn(Identified.PlusDays(dayAfterStart)), $"{rule} {@case}: refund by {deadlines.RefundDueBy}, notice by {deadlines.NotifyBy}");
        Assert.All(deadlines.Explanations, e => Assert.Equal("R6.4", e.RuleId));
    }

    [Theory]
    [InlineData("R6.4", "California with a request on 2 March: refund by 1 April", "ca", 2026, 3, 2, 2026, 4, 1)]
    [InlineData("R6.4", "California without a request, identified 5 January: notice by 5 April, refund by 5 May at the latest", "ca", null, null, null, 2026, 5, 5)]
    [InlineData("R6.4", "Medicare identified 5 January: return by 6 March", "medicare", null, null, null, 2026, 3, 6)]
    public void RefundDueDate(string rule, string @case, string jurisdiction, int? ry, int? rm, int? rd, int y, int m, int d)
    {
        var policy = jurisdiction == "ca" ? RefundWindowPolicy.CaliforniaBpc732 : RefundWindowPolicy.MedicareOverpayment;
        LocalDate? requested = ry is null ? null : new LocalDate(ry.Value, rm!.Value, rd!.Value);

        Assert.True(new LocalDate(y, m, d) == policy.DeadlinesFor(new OverpaymentFacts(Payment, Identified, requested)).RefundDueBy, $"{rule} {@case}");
    }

    [Theory]
    [InlineData("R6.4", "Medicare: an overpayment credit of 5 January on day 60", 60, 0)]
    [InlineData("R6.4", "Medicare: the same credit on day 61", 61, 1)]
    public void OverdueRefundsFromTheLedgersUnappliedCredits(string rule, string @case, int dayAfterPayment, int expectedOverdue)
    {
        var f = new BillingFixture().Pay(Identified, 40m);

        var overdue = RefundWindows.Overdue(f.Ledger, RefundWindowPolicy.MedicareOverpayment, Identified.PlusDays(dayAfterPayment));

        Assert.True(expectedOverdue == overdue.Length, $"{rule} {@case}");
        Assert.All(overdue, o => Assert.Equal(Money.Usd(40m), o.Amount));
    }
}

using System.Collections.Immutable;
using CounselingRecords.Billing.Ledger;
using NodaTime;

namespace CounselingRecords.Billing.Refunds;

/// <summary>Finds the overpayments of a ledger whose refund windows have passed (R6.4).</summary>
public static class RefundWindows
{
    /// <summary>
    /// Lists the unapplied credits of <paramref name="ledger"/> on <paramref name="asOf"/> whose refund (or notice)
    /// is late under <paramref name="policy"/>. A credit is identified on the accounting date of the payment that
    /// left it, unless <paramref name="facts"/> gives other dates for that payment (identification, the patient's
    /// request, the notice). A credit refunded or applied by <paramref name="asOf"/> is no longer listed.
    /// </summary>
    /// <param name="ledger">The client's ledger.</param>
    /// <param name="policy">The jurisdiction's refund windows.</param>
    /// <param name="asOf">The date to judge on.</param>
    /// <param name="facts">Recorded dates per payment, if any.</param>
    /// <returns>The overdue refunds, oldest refund deadline first.</returns>
    public static ImmutableArray<OverdueRefund> Overdue(ClientLedger ledger, RefundWindowPolicy policy, LocalDate asOf, IEnumerable<OverpaymentFacts>? facts = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(policy);
        var known = (facts ?? []).ToDictionary(f => f.Payment);
        var result = ImmutableArray.CreateBuilder<OverdueRefund>();
        foreach (var credit in ledger.SnapshotAsOf(asOf).Credits)
        {
            if (!credit.Amount.IsPositive)
            {
                continue;
            }

            var overpayment = known.TryGetValue(credit.Payment, out var recorded)
                ? recorded
                : new OverpaymentFacts(credit.Payment, ledger.FindEntry(credit.Payment)?.PostedOn ?? asOf);
            var deadlines = policy.DeadlinesFor(overpayment);
            if (deadlines.IsOverdueOn(asOf))
            {
                result.Add(new OverdueRefund(credit.Payment, credit.Amount, deadlines, deadlines.DaysRefundOverdue(asOf)));
            }
        }

        result.Sort((a, b) => a.Deadlines.RefundDueBy.CompareTo(b.Deadlines.RefundDueBy));
        return result.ToImmutable();
    }
}

using System.Collections.Immutable;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Statements;
using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Benchmarks.Billing;

/// <summary>
/// A straightforward LINQ implementation of the same statement, as billing code is often written: every amount is a
/// query over the entries, and undesignated payments are allocated oldest-first by re-querying the open lines. It
/// covers the entry kinds of the benchmark data (charges, client adjustments, ERA lines, undesignated payments).
/// </summary>
internal static class LinqStatementBaseline
{
    public static Statement Build(ClientLedger ledger, StatementRequest request, StatementSettings settings)
    {
        var start = request.Period.Start;
        var end = request.Period.End;
        var entries = ledger.Entries.Where(e => e.PostedOn <= end).ToList();
        var charges = entries.Where(e => e.Kind == LedgerEntryKind.Charge).ToList();

        decimal PatientResponsibility(LedgerEntry charge, IEnumerable<LedgerEntry> upTo) =>
            upTo.Where(e => e.Kind == LedgerEntryKind.InsurancePayment && e.InsurancePayment!.Charge == charge.Charge!.Charge).Sum(e => e.InsurancePayment!.PatientResponsibility.Amount);

        decimal ClientResponsibility(LedgerEntry charge, IEnumerable<LedgerEntry> upTo) =>
            charge.Charge!.BillTo is null ? charge.Amount.Amount : PatientResponsibility(charge, upTo);

        decimal ClientAdjustments(LedgerEntry charge, IEnumerable<LedgerEntry> upTo) =>
            upTo.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.Adjustment!.Charge == charge.Charge!.Charge).Sum(e => e.Amount.Amount);

        var allocations = new List<(LedgerEntry Payment, ChargeId Charge, decimal Amount)>();
        foreach (var payment in entries.Where(e => e.Kind == LedgerEntryKind.ClientPayment))
        {
            var position = entries.IndexOf(payment);
            var prior = entries.Take(position).ToList();
            var open = charges
                .Where(c => entries.IndexOf(c) < position)
                .Select(c => new
                {
                    Charge = c,
                    Open = ClientResponsibility(c, prior) - ClientAdjustments(c, prior) - allocations.Where(a => a.Charge == c.Charge!.Charge).Sum(a => a.Amount),
                    Responsibility = c.Charge!.BillTo is null
                        ? c.Charge.DateOfService
                        : prior.Where(e => e.Kind == LedgerEntryKind.InsurancePayment && e.InsurancePayment!.Charge == c.Charge.Charge && e.InsurancePayment.PatientResponsibility.IsPositive)
                            .Select(e => e.PostedOn).DefaultIfEmpty(c.Charge.DateOfService).First(),
                })
                .Where(x => x.Open > 0m)
                .OrderBy(x => x.Responsibility).ThenBy(x => x.Charge.Charge!.DateOfService).ThenBy(x => entries.IndexOf(x.Charge))
                .ToList();
            var left = payment.Amount.Amount;
            foreach (var line in open.TakeWhile(_ => left > 0m))
            {
                var amount = Math.Min(left, line.Open);
                allocations.Add((payment, line.Charge.Charge!.Charge, amount));
                left -= amount;
            }
        }

        decimal Effect(LedgerEntry e) => e.Kind switch
        {
            LedgerEntryKind.Charge => e.Amount.Amount,
            LedgerEntryKind.Adjustment => -e.Amount.Amount,
            LedgerEntryKind.InsurancePayment => -e.Amount.Amount - e.InsurancePayment!.PayerAdjustments.Amount,
            LedgerEntryKind.ClientPayment => -e.Amount.Amount,
            _ => 0m,
        };

        var period = entries.Where(e => e.PostedOn >= start).ToList();
        var opening = entries.Where(e => e.PostedOn < start).Sum(Effect);
        var totalCharges = period.Where(e => e.Kind == LedgerEntryKind.Charge).Sum(e => e.Amount.Amount);
        var discounts = period.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.Adjustment!.Type == AdjustmentType.SlidingScaleDiscount).Sum(e => e.Amount.Amount);
        var adjustments = period.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.Adjustment!.Type != AdjustmentType.SlidingScaleDiscount).Sum(e => e.Amount.Amount)
            + period.Where(e => e.Kind == LedgerEntryKind.InsurancePayment).Sum(e => e.InsurancePayment!.PayerAdjustments.Amount);
        var insurance = period.Where(e => e.Kind == LedgerEntryKind.InsurancePayment).Sum(e => e.Amount.Amount);
        var payments = period.Where(e => e.Kind == LedgerEntryKind.ClientPayment).Sum(e => e.Amount.Amount);
        var closing = opening + totalCharges - discounts - adjustments - insurance - payments;

        var lines = charges.Select(c =>
        {
            var id = c.Charge!.Charge;
            var related = entries.Where(e => (e.Adjustment?.Charge ?? e.InsurancePayment?.Charge) == id).ToList();
            var fee = c.Amount.Amount;
            var paidByInsurance = related.Where(e => e.Kind == LedgerEntryKind.InsurancePayment).Sum(e => e.Amount.Amount);
            var written = related.Where(e => e.Kind == LedgerEntryKind.InsurancePayment).Sum(e => e.InsurancePayment!.PayerAdjustments.Amount);
            var adjudicated = related.Any(e => e.Kind == LedgerEntryKind.InsurancePayment);
            var discount = related.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.Adjustment!.Type == AdjustmentType.SlidingScaleDiscount).Sum(e => e.Amount.Amount);
            var other = related.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.Adjustment!.Type != AdjustmentType.SlidingScaleDiscount).Sum(e => e.Amount.Amount);
            var responsibility = ClientResponsibility(c, entries);
            var share = responsibility - discount - other;
            var paid = allocations.Where(a => a.Charge == id).Sum(a => a.Amount);
            var payerOpen = c.Charge.BillTo is null ? 0m : fee - responsibility - paidByInsurance - written;
            var notes = new List<Explanation> { c.Explanation };
            notes.AddRange(related.Select(e => e.Explanation));
            notes.AddRange(allocations.Where(a => a.Charge == id).Select(a => new Explanation("R6.1", $"{Money.Usd(a.Amount)} of the client payment of {a.Payment.PostedOn:uuuu-MM-dd} applied to this service.")));
            return new
            {
                Entry = c,
                Touched = c.PostedOn >= start || related.Any(e => e.PostedOn >= start) || allocations.Any(a => a.Charge == id && a.Payment.PostedOn >= start),
                Line = new StatementServiceLine(
                    id, c.Charge.DateOfService, c.Charge.Code, c.Charge.Modifiers, "Professional service", c.Charge.Clinician, c.Charge.BillTo,
                    Money.Usd(fee), Money.Usd(discount), Money.Usd(paidByInsurance), Money.Usd(written + other), Money.Usd(share), Money.Usd(paid),
                    Money.Usd(share - paid), Money.Usd(adjudicated || c.Charge.BillTo is null ? payerOpen : fee), c.PostedOn >= start, false, [.. notes]),
            };
        }).ToList();

        var shown = lines.Where(l => l.Touched || !l.Line.ClientDue.IsZero || !l.Line.InsurancePending.IsZero).OrderBy(l => l.Line.DateOfService).ThenBy(l => entries.IndexOf(l.Entry)).Select(l => l.Line).ToImmutableArray();
        var clientAging = lines.Where(l => l.Line.ClientDue.IsPositive)
            .GroupBy(l => AgingBuckets.BucketFor(AgingBuckets.AgeInDays(l.Line.DateOfService, request.StatementDate)))
            .Aggregate(AgingBuckets.Empty(Currency.Usd), (buckets, g) => buckets.Add(g.Key, Money.Usd(g.Sum(l => l.Line.ClientDue.Amount))));
        var insuranceAging = lines.Where(l => l.Line.InsurancePending.IsPositive)
            .GroupBy(l => AgingBuckets.BucketFor(AgingBuckets.AgeInDays(l.Line.DateOfService, request.StatementDate)))
            .Aggregate(AgingBuckets.Empty(Currency.Usd), (buckets, g) => buckets.Add(g.Key, Money.Usd(g.Sum(l => l.Line.InsurancePending.Amount))));
        var clientOpen = lines.Sum(l => l.Line.ClientDue.Amount);
        var payerOpen = lines.Sum(l => l.Line.InsurancePending.Amount);
        var credit = entries.Where(e => e.Kind == LedgerEntryKind.ClientPayment).Sum(e => e.Amount.Amount) - allocations.Sum(a => a.Amount);
        var activity = period.Select(e => new StatementActivity(
            e.Id, e.PostedOn,
            e.Kind switch
            {
                LedgerEntryKind.Charge => StatementActivityKind.Charge,
                LedgerEntryKind.Adjustment => e.Adjustment!.Type == AdjustmentType.SlidingScaleDiscount ? StatementActivityKind.Discount : StatementActivityKind.Adjustment,
                LedgerEntryKind.InsurancePayment => StatementActivityKind.InsurancePayment,
                _ => StatementActivityKind.ClientPayment,
            },
            e.Charge?.Charge ?? e.Adjustment?.Charge ?? e.InsurancePayment?.Charge, e.Amount, Money.Usd(Effect(e)), e.Explanation)).ToImmutableArray();

        return new Statement(
            request.Statement, ledger.Client, request.AccountNumber, request.Recipient, settings.Practice, request.Period, request.StatementDate,
            request.StatementDate.PlusDays(settings.DueInDays), shown, activity,
            new StatementTotals(Money.Usd(opening), Money.Usd(totalCharges), Money.Usd(discounts), Money.Usd(adjustments), Money.Usd(insurance), Money.Usd(payments),
                Money.Usd(0m), Money.Usd(closing), Money.Usd(payerOpen), Money.Usd(clientOpen), Money.Usd(credit)),
            clientAging, insuranceAging, settings.PaymentOptions, settings.FinancialAssistanceNotice, settings.DisputeContact);
    }
}

using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Tests.Support;
using CounselingRecords.Finance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CounselingRecords.Billing.Tests.Ledger;

public sealed class LedgerProperties
{
    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public bool Allocation_NeverLosesOrInventsACent(LedgerScript script)
    {
        var ledger = script.Run().Ledger;
        var reversed = ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Reversal).Select(e => e.Reversal!.Reverses).ToHashSet();
        var live = ledger.Entries.Where(e => !reversed.Contains(e.Id)).ToList();
        var paid = live.Where(e => e.Kind == LedgerEntryKind.ClientPayment).Sum(e => e.Amount.Amount);
        var refunded = live.Where(e => e.Kind == LedgerEntryKind.Refund).Sum(e => e.Amount.Amount);
        var snapshot = ledger.Snapshot();
        var allocated = snapshot.Allocations.Sum(a => a.Amount.Amount);
        var perPaymentOk = live.Where(e => e.Kind == LedgerEntryKind.ClientPayment).All(p =>
            snapshot.Allocations.Where(a => a.Payment == p.Id).Sum(a => a.Amount.Amount)
            + snapshot.Credits.Where(c => c.Payment == p.Id).Sum(c => c.Amount.Amount) <= p.Amount.Amount);
        return paid - refunded == allocated + snapshot.Balances.UnappliedCredit.Amount
            && snapshot.Lines.Sum(l => l.ClientPaid.Amount) == allocated
            && snapshot.Allocations.All(a => a.Amount.IsPositive && a.Amount.IsRoundedToMinorUnit)
            && perPaymentOk;
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public bool ClientShare_IsNeverNegative_AndNoShareIsOverpaid(LedgerScript script)
    {
        var lines = script.Run().Ledger.Snapshot().Lines;
        return lines.All(l => !l.ClientShare.IsNegative && !l.ClientOpen.IsNegative && !l.PayerOpen.IsNegative && l.ClientPaid <= l.ClientShare);
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public bool EveryLine_SatisfiesTheBalanceIdentity(LedgerScript script)
    {
        var lines = script.Run().Ledger.Snapshot().Lines;
        return lines.Where(l => !l.IsReversed).All(l => l.Fee == l.InsurancePaid + l.PayerAdjustments + l.ContractualAdjustments + l.SlidingScaleDiscount
            + l.OtherClientAdjustments + l.ClientPaid + l.ClientOpen + l.PayerOpen);
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public bool PaymentAppliedThenReversed_RestoresThePreviousBalances(LedgerScript script, PositiveInt cents, bool designated)
    {
        var s = script.Run();
        var before = s.Ledger.Snapshot();
        var day = s.Ledger.Entries.IsEmpty ? Dates.Jan(1) : s.Ledger.Entries[^1].PostedOn;
        var open = before.Lines.Where(l => !l.IsReversed).ToList();
        var designation = designated && open.Count > 0 ? PaymentDesignation.ForCharges(open[^1].Charge) : PaymentDesignation.None;
        s.Pay(day, (cents.Get % 50_000 + 1) / 100m, designation);
        s.Reverse(day, s.LastEntry);
        var after = s.Ledger.Snapshot();
        return before.Lines.Select(l => (l.Charge, l.ClientPaid, l.ClientOpen, l.PayerOpen)).SequenceEqual(after.Lines.Select(l => (l.Charge, l.ClientPaid, l.ClientOpen, l.PayerOpen)))
            && before.Credits.Select(c => (c.Payment, c.Amount)).SequenceEqual(after.Credits.Select(c => (c.Payment, c.Amount)))
            && before.Balances.AccountBalance == after.Balances.AccountBalance;
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 100)]
    public bool StoredEntries_RebuildTheSameLedger(LedgerScript script)
    {
        var ledger = script.Run().Ledger;
        var rebuilt = new ClientLedger(ledger.Client, ledger.Currency, ledger.AllocationOrder, ledger.Entries, 1);
        return ledger.Snapshot().Lines.SequenceEqual(rebuilt.Snapshot().Lines)
            && ledger.Balances().AccountBalance == rebuilt.Balances().AccountBalance
            && ledger.Balances().UnappliedCredit == rebuilt.Balances().UnappliedCredit;
    }

    [Property(Arbitrary = [typeof(LedgerArbitraries)], MaxTest = 200)]
    public bool AccountBalance_EqualsTheSignedSumOfEntries(LedgerScript script)
    {
        var ledger = script.Run().Ledger;
        var byId = ledger.Entries.ToDictionary(e => e.Id);
        var total = 0m;
        foreach (var entry in ledger.Entries)
        {
            var source = entry.Kind == LedgerEntryKind.Reversal ? byId[entry.Reversal!.Reverses] : entry;
            var sign = entry.Kind == LedgerEntryKind.Reversal ? -1m : 1m;
            total += sign * source.Kind switch
            {
                LedgerEntryKind.Charge => source.Amount.Amount,
                LedgerEntryKind.Adjustment => -source.Amount.Amount,
                LedgerEntryKind.InsurancePayment => -source.Amount.Amount - source.InsurancePayment!.PayerAdjustments.Amount,
                LedgerEntryKind.ClientPayment => -source.Amount.Amount,
                LedgerEntryKind.Refund => source.Amount.Amount,
                _ => 0m,
            };
        }

        return ledger.Balances().AccountBalance == Money.Usd(total);
    }
}

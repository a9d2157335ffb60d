using System.Collections.Immutable;
using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>A client account's balances per bill-to party, all derived from the entries (R6.3).</summary>
/// <param name="ClientOpen">What the client owes on open lines.</param>
/// <param name="ByPayer">What each payer still owes.</param>
/// <param name="UnappliedCredit">Client money not applied to any line.</param>
public sealed record LedgerBalances(Money ClientOpen, ImmutableArray<PayerBalance> ByPayer, Money UnappliedCredit)
{
    /// <summary>Gets what all payers still owe.</summary>
    public Money PayerOpen => Money.Sum(ByPayer.Select(p => p.Open), ClientOpen.Currency);

    /// <summary>Gets the client's balance: open client lines less unapplied credit (negative is a credit balance).</summary>
    public Money ClientBalance => ClientOpen - UnappliedCredit;

    /// <summary>Gets the whole account balance: client and payers, less unapplied credit.</summary>
    public Money AccountBalance => ClientOpen + PayerOpen - UnappliedCredit;
}

using System.Collections.Immutable;
using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>A client account's balances per bill-to party, all derived from the entries (R6.3).</summary>
/// <param name="ClientOpen">What the client owes on open lines.</param>
/// <param name="ByPayer">What each payer still owes.</param>
/// <param name="UnappliedCredit">Client money not applied to any line.</param>
/// <param name="ByGuarantor">
/// The part of <paramref name="ClientOpen"/> addressed to each guarantor (alternate bill-to person), in order of
/// first appearance; the rest is addressed to the client.
/// </param>
public sealed record LedgerBalances(Money ClientOpen, ImmutableArray<PayerBalance> ByPayer, Money UnappliedCredit, ImmutableArray<GuarantorBalance> ByGuarantor = default)
{
    /// <summary>Gets the guarantor balances (empty when no line is addressed to a guarantor).</summary>
    public ImmutableArray<GuarantorBalance> ByGuarantor { get; init; } = ByGuarantor.IsDefault ? [] : ByGuarantor;

    /// <summary>Gets the open client-responsibility amount addressed to the client itself (not to a guarantor).</summary>
    public Money ClientOwnOpen => ClientOpen - Money.Sum(ByGuarantor.Select(g => g.Open), ClientOpen.Currency);

    /// <summary>Returns what a guarantor owes on open lines addressed to them (zero when none).</summary>
    /// <param name="guarantor">The guarantor reference.</param>
    /// <returns>The open amount.</returns>
    public Money OpenFor(string guarantor) =>
        ByGuarantor.FirstOrDefault(g => string.Equals(g.Guarantor, guarantor?.Trim(), StringComparison.Ordinal))?.Open ?? Money.Zero(ClientOpen.Currency);

    /// <summary>Gets what all payers still owe.</summary>
    public Money PayerOpen => Money.Sum(ByPayer.Select(p => p.Open), ClientOpen.Currency);

    /// <summary>Gets the client's balance: open client lines less unapplied credit (negative is a credit balance).</summary>
    public Money ClientBalance => ClientOpen - UnappliedCredit;

    /// <summary>Gets the whole account balance: client and payers, less unapplied credit.</summary>
    public Money AccountBalance => ClientOpen + PayerOpen - UnappliedCredit;
}

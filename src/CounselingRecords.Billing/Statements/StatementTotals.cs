using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Statements;

/// <summary>
/// The period's totals. The account identity always holds: <c>Closing = Opening + Charges − Discounts − Adjustments −
/// InsurancePayments − ClientPayments + Refunds</c>; of the closing balance, <see cref="InsurancePending"/> is
/// awaiting the payer and the client owes <see cref="AmountDue"/>.
/// </summary>
/// <param name="OpeningBalance">The account balance before the period.</param>
/// <param name="Charges">New charges (less charges reversed) in the period.</param>
/// <param name="Discounts">Sliding-fee discounts in the period.</param>
/// <param name="Adjustments">Other adjustments and insurance write-offs in the period.</param>
/// <param name="InsurancePayments">Insurance payments in the period.</param>
/// <param name="ClientPayments">Client payments in the period.</param>
/// <param name="Refunds">Refunds to the client in the period.</param>
/// <param name="ClosingBalance">The account balance at the end of the period.</param>
/// <param name="InsurancePending">The part of the closing balance awaiting payers.</param>
/// <param name="ClientOpen">What the client owes on open lines.</param>
/// <param name="UnappliedCredit">Client money not yet applied.</param>
public sealed record StatementTotals(
    Money OpeningBalance,
    Money Charges,
    Money Discounts,
    Money Adjustments,
    Money InsurancePayments,
    Money ClientPayments,
    Money Refunds,
    Money ClosingBalance,
    Money InsurancePending,
    Money ClientOpen,
    Money UnappliedCredit)
{
    /// <summary>Gets what the client owes now: open client lines less unapplied credit, never below zero.</summary>
    public Money AmountDue => Money.Max(ClientOpen - UnappliedCredit, Money.Zero(ClientOpen.Currency));

    /// <summary>Gets the client's credit balance: unapplied credit beyond the open client lines.</summary>
    public Money CreditBalance => Money.Max(UnappliedCredit - ClientOpen, Money.Zero(ClientOpen.Currency));
}

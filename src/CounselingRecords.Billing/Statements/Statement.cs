using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.Statements;

/// <summary>
/// An itemized client statement for a period (R6.5, R6.6): the practice and recipient, each service with its fee,
/// discount, insurance paid, adjustments and client share, the period's activity, the totals from opening to closing
/// balance, aging of what the client and payers owe, and the notices. Every amount carries its explanation. It holds
/// no diagnosis codes.
/// </summary>
/// <param name="Id">The statement id.</param>
/// <param name="Client">The client.</param>
/// <param name="AccountNumber">The account number.</param>
/// <param name="Recipient">Who it is for.</param>
/// <param name="Practice">The practice block.</param>
/// <param name="Period">The period.</param>
/// <param name="StatementDate">The statement date.</param>
/// <param name="DueDate">The due date.</param>
/// <param name="Services">The services with activity in the period or still open.</param>
/// <param name="Activity">The period's entries.</param>
/// <param name="Totals">The totals.</param>
/// <param name="ClientAging">What the client owes, by age (R6.5).</param>
/// <param name="InsuranceAging">What payers owe, by age (R6.5).</param>
/// <param name="PaymentOptions">How to pay.</param>
/// <param name="FinancialAssistanceNotice">The financial-assistance or sliding-scale notice.</param>
/// <param name="DisputeContact">Whom to contact about a charge.</param>
[ProtectedHealthInformation]
public sealed record Statement(
    StatementId Id,
    ClientId Client,
    string AccountNumber,
    StatementRecipient Recipient,
    PracticeHeader Practice,
    DateInterval Period,
    LocalDate StatementDate,
    LocalDate DueDate,
    ImmutableArray<StatementServiceLine> Services,
    ImmutableArray<StatementActivity> Activity,
    StatementTotals Totals,
    AgingBuckets ClientAging,
    AgingBuckets InsuranceAging,
    string PaymentOptions,
    string FinancialAssistanceNotice,
    string DisputeContact)
{
    /// <summary>Gets the currency.</summary>
    public Currency Currency => Totals.ClosingBalance.Currency;

    /// <summary>Names the statement and client ids only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Statement {Id} for {Client}, {Period.Start:uuuu-MM-dd} to {Period.End:uuuu-MM-dd}";
}

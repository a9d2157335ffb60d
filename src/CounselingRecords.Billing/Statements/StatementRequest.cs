using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Statements;

/// <summary>A statement to produce for one client and period.</summary>
/// <param name="Statement">The statement id.</param>
/// <param name="Period">The accounting period (inclusive dates).</param>
/// <param name="StatementDate">The statement date; aging is as of this date.</param>
/// <param name="AccountNumber">The client's account number.</param>
/// <param name="Recipient">Who the statement is for.</param>
public sealed record StatementRequest(StatementId Statement, DateInterval Period, LocalDate StatementDate, string AccountNumber, StatementRecipient Recipient)
{
    /// <summary>Gets the period.</summary>
    public DateInterval Period { get; init; } = Period ?? throw new ArgumentNullException(nameof(Period));

    /// <summary>Gets the statement date.</summary>
    public LocalDate StatementDate { get; init; } = StatementDate >= Period!.End
        ? StatementDate
        : throw new ArgumentException("The statement date is on or after the end of its period.", nameof(StatementDate));

    /// <summary>Gets the recipient.</summary>
    public StatementRecipient Recipient { get; init; } = Recipient ?? throw new ArgumentNullException(nameof(Recipient));
}

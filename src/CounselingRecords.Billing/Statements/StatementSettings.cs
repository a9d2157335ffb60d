namespace CounselingRecords.Billing.Statements;

/// <summary>How a practice's statements look and age (R6.5, R6.6).</summary>
/// <param name="Practice">The practice block.</param>
/// <param name="DueInDays">Days from the statement date to the due date.</param>
/// <param name="AgingAnchor">The date open amounts are aged from.</param>
/// <param name="PaymentOptions">How to pay.</param>
/// <param name="FinancialAssistanceNotice">The financial-assistance or sliding-scale notice.</param>
/// <param name="DisputeContact">Whom to contact about a charge.</param>
public sealed record StatementSettings(PracticeHeader Practice, int DueInDays, AgingAnchor AgingAnchor, string PaymentOptions, string FinancialAssistanceNotice, string DisputeContact)
{
    /// <summary>Gets the practice block.</summary>
    public PracticeHeader Practice { get; init; } = Practice ?? throw new ArgumentNullException(nameof(Practice));

    /// <summary>Gets the days to the due date.</summary>
    public int DueInDays { get; init; } = DueInDays is >= 0 and <= 365 ? DueInDays : throw new ArgumentOutOfRangeException(nameof(DueInDays), "Due in 0–365 days.");

    /// <summary>Gets how to pay.</summary>
    public string PaymentOptions { get; init; } = !string.IsNullOrWhiteSpace(PaymentOptions) ? PaymentOptions : throw new ArgumentException("Payment options are required (R6.6).", nameof(PaymentOptions));

    /// <summary>Gets the financial-assistance notice.</summary>
    public string FinancialAssistanceNotice { get; init; } = !string.IsNullOrWhiteSpace(FinancialAssistanceNotice) ? FinancialAssistanceNotice : throw new ArgumentException("A financial-assistance notice is required (R6.6).", nameof(FinancialAssistanceNotice));

    /// <summary>Gets the dispute contact.</summary>
    public string DisputeContact { get; init; } = !string.IsNullOrWhiteSpace(DisputeContact) ? DisputeContact : throw new ArgumentException("A dispute contact is required (R6.6).", nameof(DisputeContact));
}

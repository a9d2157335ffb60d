using CounselingRecords.Billing.Payers;
using CounselingRecords.Calendars;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>What a claim is validated against: the payer's profile, the submission date and the business calendar for timely filing (R2.3, R2.8).</summary>
/// <param name="Payer">The payer profile.</param>
/// <param name="SubmissionDate">The date the claim is filed.</param>
/// <param name="Calendar">The business calendar for rolling deadlines (US federal for Medicare).</param>
public sealed record ClaimValidationContext(PayerProfile Payer, LocalDate SubmissionDate, BusinessCalendar Calendar)
{
    /// <summary>Gets the first date of service on which ICD-10-CM is required (R2.8).</summary>
    public static LocalDate Icd10EffectiveDate { get; } = new(2015, 10, 1);

    /// <summary>Gets the payer profile.</summary>
    public PayerProfile Payer { get; init; } = Payer ?? throw new ArgumentNullException(nameof(Payer));

    /// <summary>Gets the calendar.</summary>
    public BusinessCalendar Calendar { get; init; } = Calendar ?? throw new ArgumentNullException(nameof(Calendar));
}

using System.Collections.Immutable;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Calendars;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>A claim to build from ledger charges.</summary>
/// <param name="Claim">The new claim id.</param>
/// <param name="Payer">The payer's profile.</param>
/// <param name="Frequency">Original, replacement or void.</param>
/// <param name="OriginalReference">The payer's reference of the claim replaced or voided.</param>
/// <param name="BillingProvider">The billing provider.</param>
/// <param name="RenderingProvider">The rendering provider when it differs from the billing provider.</param>
/// <param name="Patient">The patient and insured.</param>
/// <param name="Lines">The charges to claim.</param>
/// <param name="PriorAuthorization">The prior authorization number, if any.</param>
/// <param name="AcceptAssignment">Whether the provider accepts assignment.</param>
/// <param name="AmountPaid">What the patient already paid toward these lines, as item 29 reports it.</param>
/// <param name="SubmissionDate">The date the claim will be filed (timely filing, R2.8).</param>
/// <param name="Calendar">The business calendar for rolling deadlines.</param>
public sealed record ClaimRequest(
    ClaimId Claim,
    PayerProfile Payer,
    ClaimFrequency Frequency,
    string? OriginalReference,
    ProviderIdentity BillingProvider,
    RenderingProvider? RenderingProvider,
    ClaimPatient Patient,
    ImmutableArray<ClaimLineInput> Lines,
    string? PriorAuthorization,
    bool AcceptAssignment,
    Money AmountPaid,
    LocalDate SubmissionDate,
    BusinessCalendar Calendar)
{
    /// <summary>Gets the payer profile.</summary>
    public PayerProfile Payer { get; init; } = Payer ?? throw new ArgumentNullException(nameof(Payer));

    /// <summary>Gets the lines.</summary>
    public ImmutableArray<ClaimLineInput> Lines { get; init; } = Lines.IsDefault ? [] : Lines;

    /// <summary>Gets the calendar.</summary>
    public BusinessCalendar Calendar { get; init; } = Calendar ?? throw new ArgumentNullException(nameof(Calendar));
}

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
/// <param name="Insured">The insured (items 4, 7, 11), when known.</param>
/// <param name="OtherCoverage">Other coverage (items 9, 11d), when answered.</param>
/// <param name="Signatures">Signatures on file (items 12, 13), when recorded.</param>
/// <param name="OnsetDate">The date of the current illness (item 14, qualifier 431), if reported.</param>
/// <param name="ReferringProvider">The referring, ordering or supervising provider (items 17, 17b), if any.</param>
/// <param name="ServiceFacility">Where the services were furnished (items 32, 32a), if reported.</param>
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
    BusinessCalendar Calendar,
    InsuredParty? Insured = null,
    OtherCoverage? OtherCoverage = null,
    ClaimSignatures? Signatures = null,
    LocalDate? OnsetDate = null,
    ReferringProvider? ReferringProvider = null,
    ServiceFacility? ServiceFacility = null)
{
    /// <summary>Gets the payer profile.</summary>
    public PayerProfile Payer { get; init; } = Payer ?? throw new ArgumentNullException(nameof(Payer));

    /// <summary>Gets the lines.</summary>
    public ImmutableArray<ClaimLineInput> Lines { get; init; } = Lines.IsDefault ? [] : Lines;

    /// <summary>Gets the calendar.</summary>
    public BusinessCalendar Calendar { get; init; } = Calendar ?? throw new ArgumentNullException(nameof(Calendar));
}

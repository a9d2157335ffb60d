using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// The data of a professional claim for a CMS-1500 (02/12) form or an 837P (005010X222A1) transaction (R2.1–R2.9):
/// payer, frequency, billing and rendering providers, patient, up to 12 unique ICD-10-CM diagnoses and the service
/// lines that point at them. <see cref="ClaimValidator"/> checks it with the exact error codes; the helpers give
/// the form and segment values.
/// </summary>
/// <param name="Id">The claim id (also the patient control number, CLM01).</param>
/// <param name="Payer">The payer.</param>
/// <param name="PayerName">The payer's name.</param>
/// <param name="Frequency">Original, replacement or void (item 22, CLM05-3).</param>
/// <param name="OriginalReference">The payer's reference of the claim replaced or voided.</param>
/// <param name="BillingProvider">The billing provider (items 25, 33; loop 2010AA).</param>
/// <param name="RenderingProvider">The rendering provider when it differs from the billing provider (24J; loop 2310B).</param>
/// <param name="Patient">The patient and insured.</param>
/// <param name="Diagnoses">The diagnoses in order, primary first (item 21 A–L; HI01–HI12).</param>
/// <param name="Lines">The service lines.</param>
/// <param name="PriorAuthorization">The prior authorization number (item 23; REF*G1), if any.</param>
/// <param name="AcceptAssignment">Whether the provider accepts assignment (item 27).</param>
/// <param name="AmountPaid">What the patient or another payer already paid (item 29).</param>
/// <param name="Insured">The insured (items 4, 7, 11; loop 2010BA), when known; required in substance when the patient is not the insured.</param>
/// <param name="OtherCoverage">Other coverage (items 9, 11d), when answered.</param>
/// <param name="Signatures">Signatures on file (items 12, 13; CLM08, CLM09), when recorded.</param>
/// <param name="OnsetDate">The date of the current illness (item 14, qualifier 431 onset; DTP*431), if reported.</param>
/// <param name="ReferringProvider">The referring, ordering or supervising provider (items 17, 17b; loop 2310A), if any.</param>
/// <param name="ServiceFacility">Where the services were furnished (items 32, 32a; loop 2310C), if reported.</param>
[ProtectedHealthInformation]
public sealed record ProfessionalClaim(
    ClaimId Id,
    PayerId Payer,
    string PayerName,
    ClaimFrequency Frequency,
    string? OriginalReference,
    ProviderIdentity BillingProvider,
    RenderingProvider? RenderingProvider,
    ClaimPatient Patient,
    ImmutableArray<DiagnosisCode> Diagnoses,
    ImmutableArray<ClaimServiceLine> Lines,
    string? PriorAuthorization,
    bool AcceptAssignment,
    Money AmountPaid,
    InsuredParty? Insured = null,
    OtherCoverage? OtherCoverage = null,
    ClaimSignatures? Signatures = null,
    NodaTime.LocalDate? OnsetDate = null,
    ReferringProvider? ReferringProvider = null,
    ServiceFacility? ServiceFacility = null)
{
    /// <summary>The item 14 qualifier for the onset of the current illness (DTP*431).</summary>
    public const string OnsetQualifier = "431";
    /// <summary>The most diagnoses on one claim (item 21 A–L, HI01–HI12; R2.2, R2.7).</summary>
    public const int MaximumDiagnoses = 12;

    /// <summary>The most diagnosis pointers on one line (item 24E, SV107; R2.3, R2.6).</summary>
    public const int MaximumPointersPerLine = 4;

    /// <summary>The service lines on one CMS-1500 page (item 24 lines 1–6, R2.4).</summary>
    public const int LinesPerPaperForm = 6;

    /// <summary>Gets the ICD indicator of item 21: 0 for ICD-10-CM (R2.2).</summary>
    public static string IcdIndicator => "0";

    /// <summary>Gets the total charge (item 28, CLM02).</summary>
    public Money TotalCharge => Lines.IsDefaultOrEmpty ? Money.Zero(AmountPaid.Currency) : Money.Sum(Lines.Select(l => l.ChargeAmount), Lines[0].ChargeAmount.Currency);

    /// <summary>Gets the claim-level place of service (CLM05-1): the first line's.</summary>
    public string ClaimPlaceOfService => Lines.IsDefaultOrEmpty ? string.Empty : Lines[0].PlaceOfService;

    /// <summary>Gets the 837P CLM05 composite: place of service, <c>B</c>, frequency (for example <c>11:B:1</c>).</summary>
    public string Clm05 => $"{ClaimPlaceOfService}:B:{(int)Frequency}";

    /// <summary>Gets item 21 as the form prints it: letter and code without the decimal point, for example <c>A F411</c>.</summary>
    public ImmutableArray<string> Item21 => [.. Diagnoses.Select((d, i) => $"{(char)('A' + i)} {d.WithoutDecimalPoint}")];

    /// <summary>Gets the 837P HI composites: <c>ABK:F411</c> for the principal diagnosis, <c>ABF:…</c> for the others (R2.7).</summary>
    public ImmutableArray<string> HealthCareDiagnosisCodes => [.. Diagnoses.Select((d, i) => $"{(i == 0 ? "ABK" : "ABF")}:{d.WithoutDecimalPoint}")];

    /// <summary>Gets item 14's qualifier: <c>431</c> when an onset date is reported, otherwise empty.</summary>
    public string Item14Qualifier => OnsetDate is null ? string.Empty : OnsetQualifier;

    /// <summary>
    /// Gets a value indicating whether the 837P needs the patient loop 2000C: the patient is not the subscriber
    /// (relationship other than self, R2.6).
    /// </summary>
    public bool RequiresPatientLoop => Patient is not null && Patient.Relationship != RelationshipToInsured.Self;

    /// <summary>
    /// Gets a value indicating whether the rendering provider is reported (24J, loop 2310B): only when it differs
    /// from the billing provider of item 33a (R2.5).
    /// </summary>
    public bool ReportsRenderingProvider => RenderingProvider is not null && RenderingProvider.DiffersFrom(BillingProvider);

    /// <summary>Splits the lines into CMS-1500 pages of six (R2.4).</summary>
    /// <returns>The pages.</returns>
    public ImmutableArray<ImmutableArray<ClaimServiceLine>> PaperFormPages() =>
        [.. Lines.Chunk(LinesPerPaperForm).Select(page => page.ToImmutableArray())];

    /// <summary>Names the claim and payer ids only.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ProfessionalClaim {Id} to {Payer} ({Lines.Length} lines)";
}

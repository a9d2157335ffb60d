using CounselingRecords.Billing.Coding;
using FluentValidation;

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// Validates a professional claim with the exact error codes of <see cref="BillingErrorCodes"/>: diagnoses (1–12,
/// unique, ICD-10-CM only for dates of service from 1 October 2015; R2.2, R2.7, R2.8), pointers (1–4 per line or the
/// payer's limit, each pointing at a diagnosis that exists; R2.3, R2.6, R2.7), modifiers (at most four; R2.4), NPIs
/// and taxonomy (R2.5, R2.6, R2.9), billing address not a PO box (R2.5), the original reference of a replacement
/// or void (R2.5, R2.6) and timely filing (R2.8).
/// </summary>
public sealed class ClaimValidator : AbstractValidator<ProfessionalClaim>
{
    /// <summary>Initializes a new instance of the <see cref="ClaimValidator"/> class.</summary>
    /// <param name="context">The payer, submission date and calendar.</param>
    public ClaimValidator(ClaimValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maximumPointers = Math.Min(context.Payer.MaximumDiagnosisPointersPerLine, ProfessionalClaim.MaximumPointersPerLine);

        RuleFor(c => c.Diagnoses).Must(d => !d.IsDefaultOrEmpty)
            .WithErrorCode(BillingErrorCodes.ClaimDiagnosesMissing).WithMessage("A claim carries at least one diagnosis (item 21, HI01) (R2.2).");
        RuleFor(c => c.Diagnoses).Must(d => d.Length <= ProfessionalClaim.MaximumDiagnoses).When(c => !c.Diagnoses.IsDefault)
            .WithErrorCode(BillingErrorCodes.ClaimTooManyDiagnoses).WithMessage("A claim carries at most 12 diagnoses (A–L, HI01–HI12); split the claim (R2.2, R2.7).");
        RuleFor(c => c.Diagnoses).Must(d => d.Distinct().Count() == d.Length).When(c => !c.Diagnoses.IsDefault)
            .WithErrorCode(BillingErrorCodes.ClaimDuplicateDiagnosis).WithMessage("Each diagnosis code appears once on a claim (R2.7).");
        RuleFor(c => c.Lines).Must(l => !l.IsDefaultOrEmpty)
            .WithErrorCode(BillingErrorCodes.ClaimLinesMissing).WithMessage("A claim has at least one service line.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.DiagnosisPointers).Must(p => !p.IsDefaultOrEmpty)
                .WithErrorCode(BillingErrorCodes.ClaimPointersMissing).WithMessage("Each line points at its diagnosis, primary first (item 24E) (R2.3).");
            line.RuleFor(l => l.DiagnosisPointers).Must(p => p.Length <= maximumPointers).When(l => !l.DiagnosisPointers.IsDefault)
                .WithErrorCode(BillingErrorCodes.ClaimTooManyPointers).WithMessage($"A line carries at most {maximumPointers} diagnosis pointer(s) for this payer (R2.3, R2.6).");
            line.RuleFor(l => l.DiagnosisPointers).Must(p => p.Distinct().Count() == p.Length).When(l => !l.DiagnosisPointers.IsDefault)
                .WithErrorCode(BillingErrorCodes.ClaimPointerInvalid).WithMessage("A line points at each diagnosis once.");
            line.RuleFor(l => l.Modifiers).Must(m => m.IsDefault || m.Length <= ModifierSet.Capacity)
                .WithErrorCode(BillingErrorCodes.ClaimTooManyModifiers).WithMessage("A line carries at most four modifiers (item 24D, SV101) (R2.4).");
            line.RuleFor(l => l.Modifiers).Must(m => m.IsDefault || m.All(ModifierSet.IsWellFormed))
                .WithErrorCode(BillingErrorCodes.ClaimModifierInvalid).WithMessage("A modifier is two letters or digits.");
            line.RuleFor(l => l.PlaceOfService).Must(PlaceOfService.IsWellFormed)
                .WithErrorCode(BillingErrorCodes.ClaimPlaceOfServiceInvalid).WithMessage("Each line has a two-digit place of service (item 24B) (R1.15).");
            line.RuleFor(l => l.Units).GreaterThanOrEqualTo(1)
                .WithErrorCode(BillingErrorCodes.ClaimUnitsInvalid).WithMessage("Each line has at least one unit (item 24G).");
            line.RuleFor(l => l.ChargeAmount).Must(m => !m.IsNegative && m.IsRoundedToMinorUnit)
                .WithErrorCode(BillingErrorCodes.ClaimChargeInvalid).WithMessage("A line charge is a non-negative amount rounded to the minor unit (item 24F).");
            line.RuleFor(l => l.DateOfService).GreaterThanOrEqualTo(ClaimValidationContext.Icd10EffectiveDate)
                .WithErrorCode(BillingErrorCodes.ClaimIcd10BeforeEffectiveDate).WithMessage("ICD-10-CM codes are not reported for dates of service before 1 October 2015 (R2.8).");
            line.RuleFor(l => l.DateOfService).Must(d => context.SubmissionDate <= context.Payer.TimelyFiling.Deadline(d, context.Calendar))
                .WithErrorCode(BillingErrorCodes.ClaimTimelyFilingExpired).WithMessage($"The claim is filed after the payer's limit ({context.Payer.TimelyFiling}) (R2.8).");
        });
        RuleForEach(c => c.Lines).Must((claim, line) => line.DiagnosisPointers.IsDefault || line.DiagnosisPointers.All(p => p >= 1 && p <= (claim.Diagnoses.IsDefault ? 0 : claim.Diagnoses.Length)))
            .WithErrorCode(BillingErrorCodes.ClaimPointerOutOfRange).WithMessage("Every pointer references a diagnosis position that exists on the claim (R2.7).");
        RuleFor(c => c.BillingProvider).NotNull()
            .WithErrorCode(BillingErrorCodes.ClaimBillingProviderMissing).WithMessage("A claim names its billing provider (item 33, loop 2010AA).");
        When(c => c.BillingProvider is not null, () =>
        {
            RuleFor(c => c.BillingProvider.Npi).Must(Npi.IsValid)
                .WithErrorCode(BillingErrorCodes.ClaimNpiInvalid).WithMessage("The billing provider's NPI is ten digits with a valid check digit (item 33a, NM1*85*XX) (R2.5, R2.6).");
            RuleFor(c => c.BillingProvider.TaxonomyCode).Must(TaxonomyCodes.IsWellFormed)
                .WithErrorCode(BillingErrorCodes.ClaimTaxonomyInvalid).WithMessage("The billing provider's taxonomy is a NUCC code (33b ZZ, PRV*BI*PXC) (R2.5, R2.9).");
            RuleFor(c => c.BillingProvider.TaxId).NotEmpty()
                .WithErrorCode(BillingErrorCodes.ClaimTaxIdMissing).WithMessage("The federal tax id is required (item 25, REF*EI) (R2.5, R2.6).");
            RuleFor(c => c.BillingProvider.Address).Must(a => a is not null && a.IsComplete)
                .WithErrorCode(BillingErrorCodes.ClaimBillingAddressInvalid).WithMessage("The billing provider has a complete street address (item 33, N3/N4).");
            RuleFor(c => c.BillingProvider.Address).Must(a => !a.IsPostOfficeBox).When(c => c.BillingProvider.Address is not null)
                .WithErrorCode(BillingErrorCodes.ClaimBillingAddressPostOfficeBox).WithMessage("The billing provider address is a street address, not a PO box (item 33) (R2.5).");
        });
        When(c => c.RenderingProvider is not null, () =>
        {
            RuleFor(c => c.RenderingProvider!.Npi).Must(Npi.IsValid)
                .WithErrorCode(BillingErrorCodes.ClaimNpiInvalid).WithMessage("The rendering provider's NPI is ten digits with a valid check digit (24J, NM1*82) (R2.5, R2.6).");
            RuleFor(c => c.RenderingProvider!.TaxonomyCode).Must(TaxonomyCodes.IsWellFormed)
                .WithErrorCode(BillingErrorCodes.ClaimTaxonomyInvalid).WithMessage("The rendering provider's taxonomy is a NUCC code (PRV*PE*PXC) (R2.6, R2.9).");
        });
        RuleFor(c => c.OriginalReference).NotEmpty().When(c => c.Frequency is ClaimFrequency.Replacement or ClaimFrequency.Void)
            .WithErrorCode(BillingErrorCodes.ClaimOriginalReferenceMissing).WithMessage("A replacement (7) or void (8) names the original claim's reference number (item 22, CLM05-3) (R2.5, R2.6).");
        RuleFor(c => c.Frequency).IsInEnum()
            .WithErrorCode(BillingErrorCodes.ClaimFrequencyInvalid).WithMessage("The frequency code is 1, 7 or 8 (R2.6).");
        RuleFor(c => c.Patient).NotNull()
            .WithErrorCode(BillingErrorCodes.ClaimPatientMissing).WithMessage("A claim names the patient.");
        RuleFor(c => c.Patient.MemberId).NotEmpty().When(c => c.Patient is not null)
            .WithErrorCode(BillingErrorCodes.ClaimMemberIdMissing).WithMessage("The insured's member id is required (item 1a) (R2.5).");
        RuleFor(c => c).Must(c => c.Insured is not null || !string.IsNullOrWhiteSpace(c.Patient.InsuredName))
            .When(c => c.Patient is not null && c.Patient.Relationship != RelationshipToInsured.Self)
            .WithErrorCode(BillingErrorCodes.ClaimInsuredMissing).WithMessage("When the patient is not the insured the claim names the insured (items 4, 7; loop 2010BA, with the patient in loop 2000C) (R2.5, R2.6).");
        RuleFor(c => c.Insured!).Must(i => i.IsComplete).When(c => c.Insured is not null)
            .WithErrorCode(BillingErrorCodes.ClaimInsuredIncomplete).WithMessage("The insured has a name and a complete address (items 4, 7) (R2.5).");
        RuleFor(c => c.OtherCoverage!).Must(o => o.IsComplete).When(c => c.OtherCoverage is not null)
            .WithErrorCode(BillingErrorCodes.ClaimOtherCoverageIncomplete).WithMessage("Other coverage (item 11d YES) names the other insured, the policy or group number and the plan (items 9, 9a, 9d) (R2.5).");
        RuleFor(c => c.Signatures!.PatientAuthorizationOnFile).Equal(true).When(c => c.Signatures is not null)
            .WithErrorCode(BillingErrorCodes.ClaimPatientSignatureNotOnFile).WithMessage("The patient's authorization to release information and request payment is on file (item 12) (R2.5).");
        RuleFor(c => c.Signatures!.AssignmentOnFile).Equal(true).When(c => c.Signatures is not null && c.AcceptAssignment)
            .WithErrorCode(BillingErrorCodes.ClaimAssignmentNotOnFile).WithMessage("A claim accepting assignment has the insured's assignment of benefits on file (item 13) (R2.5).");
        RuleFor(c => c).Must(c => c.Lines.IsDefaultOrEmpty || c.OnsetDate!.Value <= c.Lines.Min(l => l.DateOfService)).When(c => c.OnsetDate is not null)
            .WithErrorCode(BillingErrorCodes.ClaimOnsetAfterService).WithMessage("The onset of the current illness (item 14, qualifier 431) is on or before the first date of service (R2.5).");
        When(c => c.ReferringProvider is not null, () =>
        {
            RuleFor(c => c.ReferringProvider!.Name).NotEmpty()
                .WithErrorCode(BillingErrorCodes.ClaimReferringProviderNameMissing).WithMessage("Item 17 names the referring, ordering or supervising provider (R2.5).");
            RuleFor(c => c.ReferringProvider!.Npi).Must(Npi.IsValid)
                .WithErrorCode(BillingErrorCodes.ClaimNpiInvalid).WithMessage("The referring provider's NPI is ten digits with a valid check digit (item 17b) (R2.5).");
            RuleFor(c => c.ReferringProvider!.Qualifier).IsInEnum()
                .WithErrorCode(BillingErrorCodes.ClaimReferringProviderNameMissing).WithMessage("Item 17 carries qualifier DN, DK or DQ (R2.5).");
        });
        When(c => c.ServiceFacility is not null, () =>
        {
            RuleFor(c => c.ServiceFacility!).Must(f => f.IsComplete)
                .WithErrorCode(BillingErrorCodes.ClaimServiceFacilityIncomplete).WithMessage("The service facility has a name and a complete address (item 32, loop 2310C) (R2.5, R2.6).");
            RuleFor(c => c.ServiceFacility!.Npi!).Must(Npi.IsValid).When(c => c.ServiceFacility!.Npi is not null)
                .WithErrorCode(BillingErrorCodes.ClaimNpiInvalid).WithMessage("The service facility's NPI is ten digits with a valid check digit (item 32a) (R2.5).");
        });
    }
}

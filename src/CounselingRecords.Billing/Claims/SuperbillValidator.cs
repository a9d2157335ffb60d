using CounselingRecords.Billing.Coding;
using FluentValidation;

namespace CounselingRecords.Billing.Claims;

/// <summary>Checks the minimum superbill content of R2.10 with the exact error codes.</summary>
public sealed class SuperbillValidator : AbstractValidator<Superbill>
{
    /// <summary>Initializes a new instance of the <see cref="SuperbillValidator"/> class.</summary>
    public SuperbillValidator()
    {
        RuleFor(s => s.Provider).NotNull()
            .WithErrorCode(BillingErrorCodes.SuperbillProviderNameMissing).WithMessage("The provider block is required (R2.10).");
        When(s => s.Provider is not null, () =>
        {
            RuleFor(s => s.Provider.Name).NotEmpty()
                .WithErrorCode(BillingErrorCodes.SuperbillProviderNameMissing).WithMessage("The provider's legal or practice name is required (R2.10).");
            RuleFor(s => s.Provider.Credentials).NotEmpty()
                .WithErrorCode(BillingErrorCodes.SuperbillCredentialsMissing).WithMessage("The provider's credentials are required (R2.10).");
            RuleFor(s => s.Provider.Npi).Must(Npi.IsValid)
                .WithErrorCode(BillingErrorCodes.SuperbillNpiInvalid).WithMessage("The individual NPI is required and valid (R2.10).");
            RuleFor(s => s.Provider.OrganizationNpi).Must(Npi.IsValid).When(s => s.Provider.OrganizationNpi is not null)
                .WithErrorCode(BillingErrorCodes.SuperbillNpiInvalid).WithMessage("The group's organization NPI is valid (R2.10).");
            RuleFor(s => s.Provider.TaxId).NotEmpty()
                .WithErrorCode(BillingErrorCodes.SuperbillTaxIdMissing).WithMessage("The TIN/EIN is required (R2.10).");
            RuleFor(s => s.Provider).Must(p => !string.IsNullOrWhiteSpace(p.LicenseNumber) && p.LicenseState is { Length: 2 })
                .WithErrorCode(BillingErrorCodes.SuperbillLicenseMissing).WithMessage("The license number and state are required (R2.10).");
            RuleFor(s => s.Provider.TaxonomyCode).Must(TaxonomyCodes.IsWellFormed)
                .WithErrorCode(BillingErrorCodes.SuperbillTaxonomyInvalid).WithMessage("The taxonomy is a NUCC code (R2.10).");
            RuleFor(s => s.Provider.Address).Must(a => a is not null && a.IsComplete)
                .WithErrorCode(BillingErrorCodes.SuperbillAddressMissing).WithMessage("The practice address is required (R2.10).");
            RuleFor(s => s.Provider.Phone).NotEmpty()
                .WithErrorCode(BillingErrorCodes.SuperbillPhoneMissing).WithMessage("The practice phone is required (R2.10).");
        });
        RuleFor(s => s.ProviderSignature).NotEmpty()
            .WithErrorCode(BillingErrorCodes.SuperbillSignatureMissing).WithMessage("The provider signs the superbill (R2.10).");
        RuleFor(s => s.Client).NotNull()
            .WithErrorCode(BillingErrorCodes.SuperbillClientNameMissing).WithMessage("The client block is required (R2.10).");
        When(s => s.Client is not null, () =>
        {
            RuleFor(s => s.Client.LegalName).NotEmpty()
                .WithErrorCode(BillingErrorCodes.SuperbillClientNameMissing).WithMessage("The client's full legal name is required (R2.10).");
            RuleFor(s => s.Client.Address).Must(a => a is not null && a.IsComplete)
                .WithErrorCode(BillingErrorCodes.SuperbillClientAddressMissing).WithMessage("The client's address is required (R2.10).");
        });
        RuleFor(s => s.Lines).Must(l => !l.IsDefaultOrEmpty)
            .WithErrorCode(BillingErrorCodes.SuperbillLinesMissing).WithMessage("A superbill lists at least one service (R2.10).");
        RuleForEach(s => s.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Diagnoses).Must(d => !d.IsDefaultOrEmpty)
                .WithErrorCode(BillingErrorCodes.SuperbillDiagnosisMissing).WithMessage("Each service lists its ICD-10 diagnosis (R2.10).");
            line.RuleFor(l => l.PlaceOfService).Must(PlaceOfService.IsWellFormed)
                .WithErrorCode(BillingErrorCodes.SuperbillPlaceOfServiceInvalid).WithMessage("Each service lists its place of service (R2.10).");
        });
    }
}

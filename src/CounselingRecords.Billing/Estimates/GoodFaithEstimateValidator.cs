using CounselingRecords.Billing.Claims;
using FluentValidation;

namespace CounselingRecords.Billing.Estimates;

/// <summary>Checks the required contents of a Good Faith Estimate (45 CFR 149.610(c), R3.5) and the recurring scope (R3.6).</summary>
public sealed class GoodFaithEstimateValidator : AbstractValidator<GoodFaithEstimateDraft>
{
    /// <summary>Initializes a new instance of the <see cref="GoodFaithEstimateValidator"/> class.</summary>
    public GoodFaithEstimateValidator()
    {
        RuleFor(d => d.Patient).Must(p => p is not null && !string.IsNullOrWhiteSpace(p.FullName))
            .WithErrorCode(BillingErrorCodes.GfePatientNameMissing).WithMessage("The patient's name is required (R3.5 item 1).");
        RuleFor(d => d.Patient).Must(p => p?.DateOfBirth is not null)
            .WithErrorCode(BillingErrorCodes.GfePatientBirthDateMissing).WithMessage("The patient's date of birth is required (R3.5 item 1).");
        RuleFor(d => d.PrimaryService).NotEmpty()
            .WithErrorCode(BillingErrorCodes.GfePrimaryServiceMissing).WithMessage("The primary item or service is described in clear language (R3.5 item 2).");
        RuleFor(d => d.PeriodOfCare).NotNull()
            .WithErrorCode(BillingErrorCodes.GfePeriodOfCareMissing).WithMessage("The period of care is stated (R3.5 item 3).");
        RuleFor(d => d.ScheduledDate).Must((d, date) => date is not { } scheduled || d.PeriodOfCare is null || d.PeriodOfCare.Contains(scheduled))
            .WithErrorCode(BillingErrorCodes.GfePeriodOfCareMissing).WithMessage("The scheduled date falls in the period of care (R3.5 item 2).");
        RuleFor(d => d.Providers).Must(p => !p.IsEmpty)
            .WithErrorCode(BillingErrorCodes.GfeProvidersMissing).WithMessage("The providers and facilities are listed (R3.5 item 5).");
        RuleForEach(d => d.Providers).ChildRules(provider =>
        {
            provider.RuleFor(p => p.Name).NotEmpty()
                .WithErrorCode(BillingErrorCodes.GfeProviderNameMissing).WithMessage("Each provider is named (R3.5 item 5).");
            provider.RuleFor(p => p.Npi).Must(Npi.IsValid)
                .WithErrorCode(BillingErrorCodes.GfeProviderNpiInvalid).WithMessage("Each provider has a valid NPI (R3.5 item 5).");
            provider.RuleFor(p => p.TaxId).NotEmpty()
                .WithErrorCode(BillingErrorCodes.GfeProviderTaxIdMissing).WithMessage("Each provider has a TIN (R3.5 item 5).");
            provider.RuleFor(p => p).Must(p => !p.Locations.IsEmpty && !p.States.IsEmpty)
                .WithErrorCode(BillingErrorCodes.GfeProviderLocationMissing).WithMessage("Each provider lists the office locations and states where services are expected (R3.5 item 5).");
        });
        RuleFor(d => d.Items).Must(i => !i.IsEmpty)
            .WithErrorCode(BillingErrorCodes.GfeItemsMissing).WithMessage("The expected items and services are itemized (R3.5 item 3).");
        RuleForEach(d => d.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.ServiceCode).NotEmpty()
                .WithErrorCode(BillingErrorCodes.GfeItemServiceCodeMissing).WithMessage("Each item has its expected service code (R3.5 item 4).");
            item.RuleFor(i => i.Description).NotEmpty()
                .WithErrorCode(BillingErrorCodes.GfeItemDescriptionMissing).WithMessage("Each item is described in clear language (R3.5 item 3).");
            item.RuleFor(i => i.Quantity).GreaterThanOrEqualTo(1)
                .WithErrorCode(BillingErrorCodes.GfeItemChargeInvalid).WithMessage("Each item has a quantity of at least 1 (R3.5 item 4).");
            item.RuleFor(i => i.UnitCharge).Must(m => !m.Currency.IsDefault && !m.IsNegative && m.IsRoundedToMinorUnit)
                .WithErrorCode(BillingErrorCodes.GfeItemChargeInvalid).WithMessage("Each item has its expected charge (R3.5 item 4).");
        });
        RuleForEach(d => d.Items).Must((d, item) => d.Providers.Any(p => p.Npi == item.ProviderNpi))
            .WithErrorCode(BillingErrorCodes.GfeItemProviderUnknown).WithMessage("Each item is grouped under a listed provider (R3.5 item 3).");
        RuleForEach(d => d.SeparatelyScheduled).Must(s => !string.IsNullOrWhiteSpace(s.Description) && !string.IsNullOrWhiteSpace(s.Instructions))
            .WithErrorCode(BillingErrorCodes.GfeSeparatelyScheduledInstructionsMissing).WithMessage("Each separately scheduled item says how to get its own estimate (R3.5 item 6).");
        RuleFor(d => d.DisputeInstructions).NotEmpty()
            .WithErrorCode(BillingErrorCodes.GfeDisputeInstructionsMissing).WithMessage("The disclaimer says where to find how to start patient-provider dispute resolution (R3.5 item 7c).");
        RuleFor(d => d.Delivery).Must(m => m is GfeDeliveryMethod.Paper or GfeDeliveryMethod.Electronic)
            .WithErrorCode(BillingErrorCodes.GfeNotInWriting).WithMessage("A Good Faith Estimate is given in writing, on paper or electronically; an oral explanation must be followed in writing (R3.5).");
        When(d => d.Recurrence is not null, () =>
        {
            RuleFor(d => d.Recurrence!).Must(r => r.Timeframe is not null && !string.IsNullOrWhiteSpace(r.Frequency) && r.TotalServices >= 1)
                .WithErrorCode(BillingErrorCodes.GfeRecurringScopeIncomplete).WithMessage("A recurring estimate states its timeframe, frequency and total number of services (R3.6).");
            RuleFor(d => d.Recurrence!).Must(r => r.Timeframe is null || r.IsWithinTwelveMonths)
                .WithErrorCode(BillingErrorCodes.GfeRecurringScopeTooLong).WithMessage("A recurring estimate covers at most 12 months; issue a new one for further services (R3.6).");
        });
    }
}

using CounselingRecords.Billing.Coding;
using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates a charge request.</summary>
public sealed class ChargeRequestValidator : AbstractValidator<ChargeRequest>
{
    /// <summary>Initializes a new instance of the <see cref="ChargeRequestValidator"/> class.</summary>
    public ChargeRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Charge.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerChargeIdMissing).WithMessage("The charge needs a charge id.").OverridePropertyName(nameof(ChargeRequest.Charge));
        RuleFor(r => r.Kind).IsInEnum()
            .WithErrorCode(BillingErrorCodes.LedgerChargeKindInvalid).WithMessage("Unknown charge kind.");
        RuleFor(r => r.Code).NotEmpty()
            .WithErrorCode(BillingErrorCodes.LedgerCodeMissing).WithMessage("The charge needs a billing code.");
        RuleFor(r => r.Units).GreaterThanOrEqualTo(1)
            .WithErrorCode(BillingErrorCodes.LedgerUnitsInvalid).WithMessage("A charge has at least one unit.");
        RuleFor(r => r.Modifiers).Must(m => m.IsDefault || (m.Length <= ModifierSet.Capacity && m.All(ModifierSet.IsWellFormed)))
            .WithErrorCode(BillingErrorCodes.LedgerModifiersInvalid).WithMessage("At most four two-character modifiers (R2.4).");
        RuleFor(r => r.PlaceOfService).Must(p => p is null || PlaceOfService.IsWellFormed(p))
            .WithErrorCode(BillingErrorCodes.LedgerPlaceOfServiceInvalid).WithMessage("A place of service is two digits (R1.15).");
        RuleFor(r => r.Components).Must(c => !c.IsDefaultOrEmpty && c.All(x => x is not null))
            .WithErrorCode(BillingErrorCodes.LedgerComponentsMissing).WithMessage("A charge has at least one price component.");
        RuleFor(r => r.Components).Must(c => c.Select(x => x.Amount.Currency).Distinct().Count() == 1)
            .When(r => !r.Components.IsDefaultOrEmpty && r.Components.All(x => x is not null))
            .WithErrorCode(BillingErrorCodes.LedgerCurrencyMismatch).WithMessage("Every price component is in one currency.");
        RuleFor(r => r.ExpectedClientShare).Must(LedgerRules.IsNonNegativeRounded)
            .WithErrorCode(BillingErrorCodes.LedgerExpectedShareInvalid).WithMessage("The expected client share is a non-negative amount rounded to the minor unit.");
        RuleFor(r => r.ExpectedClientShare).Must(m => m.IsZero)
            .When(r => r.BillTo is null && !r.ExpectedClientShare.Currency.IsDefault)
            .WithErrorCode(BillingErrorCodes.LedgerExpectedShareInvalid).WithMessage("A client-billed charge has no expected copay; the client owes the fee.");
        RuleFor(r => r.BillTo).Null().When(r => r.Kind != ChargeKind.Service)
            .WithErrorCode(BillingErrorCodes.LedgerFeeNotBillableToPayer).WithMessage("Missed-appointment and administrative fees are billed to the client only, never to a payer or on a claim (R4.4).");
        RuleFor(r => r.Guarantor!).Must(g => !string.IsNullOrWhiteSpace(g) && g.Trim().Length <= LedgerRules.MaximumGuarantorReferenceLength).When(r => r.Guarantor is not null)
            .WithErrorCode(BillingErrorCodes.LedgerGuarantorInvalid).WithMessage("A guarantor reference is 1 to 64 characters.");
        RuleFor(r => r.Explanation).NotNull()
            .WithErrorCode(BillingErrorCodes.LedgerExplanationMissing).WithMessage("A charge explains where its fee came from.");
        When(r => r.Discount is not null, () =>
        {
            RuleFor(r => r.Discount!.EntryId.Value).NotEqual(Guid.Empty)
                .WithErrorCode(BillingErrorCodes.LedgerEntryIdMissing).WithMessage("The discount needs an entry id.").OverridePropertyName("Discount.EntryId");
            RuleFor(r => r.Discount!.Type).Must(t => t is not AdjustmentType.Contractual)
                .WithErrorCode(BillingErrorCodes.LedgerDiscountInvalid).WithMessage("A discount posted with a charge reduces the client's share; contractual adjustments come from the payer.").OverridePropertyName("Discount.Type");
            RuleFor(r => r.Discount!.Amount).Must(LedgerRules.IsPositiveRounded)
                .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The discount is a positive amount rounded to the minor unit.").OverridePropertyName("Discount.Amount");
            RuleFor(r => r.Discount!.ReasonCode).NotEmpty()
                .WithErrorCode(BillingErrorCodes.LedgerReasonCodeMissing).WithMessage("The discount carries a reason code (R6.9).").OverridePropertyName("Discount.ReasonCode");
            RuleFor(r => r.Discount!.Explanation).NotNull()
                .WithErrorCode(BillingErrorCodes.LedgerExplanationMissing).WithMessage("The discount explains itself.").OverridePropertyName("Discount.Explanation");
        });
    }
}

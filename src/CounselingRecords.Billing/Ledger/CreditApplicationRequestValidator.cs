using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates a credit application request.</summary>
public sealed class CreditApplicationRequestValidator : AbstractValidator<CreditApplicationRequest>
{
    /// <summary>Initializes a new instance of the <see cref="CreditApplicationRequestValidator"/> class.</summary>
    public CreditApplicationRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Amount).Must(LedgerRules.IsPositiveRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The amount is positive and rounded to the minor unit.");
        RuleFor(r => r.Designation).NotNull()
            .WithErrorCode(BillingErrorCodes.LedgerDesignationMissing).WithMessage("Give a designation, or PaymentDesignation.None for oldest first.");
        RuleFor(r => r.Designation.Kind).NotEqual(DesignationKind.PointOfServiceCopay).When(r => r.Designation is not null)
            .WithErrorCode(BillingErrorCodes.LedgerDesignationMissing).WithMessage("Credit is applied to charges, a date of service or oldest first.").OverridePropertyName(nameof(CreditApplicationRequest.Designation));
    }
}

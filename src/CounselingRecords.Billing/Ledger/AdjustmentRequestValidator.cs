using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates an adjustment request (R6.9).</summary>
public sealed class AdjustmentRequestValidator : AbstractValidator<AdjustmentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="AdjustmentRequestValidator"/> class.</summary>
    public AdjustmentRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Type).IsInEnum()
            .WithErrorCode(BillingErrorCodes.LedgerAdjustmentTypeInvalid).WithMessage("Unknown adjustment type.");
        RuleFor(r => r.ReasonCode).NotEmpty()
            .WithErrorCode(BillingErrorCodes.LedgerReasonCodeMissing).WithMessage("An adjustment carries a reason code (R6.9).");
        RuleFor(r => r.Amount).Must(LedgerRules.IsPositiveRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The amount is positive and rounded to the minor unit.");
    }
}

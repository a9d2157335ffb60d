using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates a refund request (R6.4).</summary>
public sealed class RefundRequestValidator : AbstractValidator<RefundRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RefundRequestValidator"/> class.</summary>
    public RefundRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Refund.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerPaymentIdMissing).WithMessage("The refund needs an id.").OverridePropertyName(nameof(RefundRequest.Refund));
        RuleFor(r => r.Amount).Must(LedgerRules.IsPositiveRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The amount is positive and rounded to the minor unit.");
        RuleFor(r => r.Method).IsInEnum()
            .WithErrorCode(BillingErrorCodes.LedgerPaymentMethodInvalid).WithMessage("Unknown payment method.");
    }
}

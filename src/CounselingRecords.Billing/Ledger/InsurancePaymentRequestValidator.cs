using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates one ERA or EOB line to post (R6.2).</summary>
public sealed class InsurancePaymentRequestValidator : AbstractValidator<InsurancePaymentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="InsurancePaymentRequestValidator"/> class.</summary>
    public InsurancePaymentRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Payment.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerPaymentIdMissing).WithMessage("The payer's payment needs an id.").OverridePropertyName(nameof(InsurancePaymentRequest.Payment));
        RuleFor(r => r.Billed).Must(LedgerRules.IsPositiveRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The billed amount is positive and rounded to the minor unit.");
        RuleFor(r => r.Paid).Must(LedgerRules.IsNonNegativeRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The paid amount is not negative and is rounded to the minor unit.");
        RuleFor(r => r.Allowed).Must(LedgerRules.IsNonNegativeRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAllowedInvalid).WithMessage("The allowed amount is not negative and is rounded to the minor unit.");
        RuleFor(r => r).Must(r => r.Allowed.Currency == r.Billed.Currency && r.Allowed <= r.Billed && r.Paid.Currency == r.Billed.Currency && r.Paid <= r.Allowed)
            .When(r => LedgerRules.IsNonNegativeRounded(r.Allowed) && LedgerRules.IsPositiveRounded(r.Billed) && LedgerRules.IsNonNegativeRounded(r.Paid))
            .WithErrorCode(BillingErrorCodes.LedgerAllowedInvalid).WithMessage("Paid ≤ allowed ≤ billed, in one currency.").OverridePropertyName(nameof(InsurancePaymentRequest.Allowed));
        RuleFor(r => r.Adjustments).Must(a => !a.IsDefault && a.All(x => x is not null && !string.IsNullOrWhiteSpace(x.ReasonCode) && Enum.IsDefined(x.Group) && LedgerRules.IsPositiveRounded(x.Amount)))
            .WithErrorCode(BillingErrorCodes.LedgerClaimAdjustmentInvalid).WithMessage("Each adjustment has a group code, a reason code and a positive amount (R6.2).");
    }
}

using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates a client payment request.</summary>
public sealed class ClientPaymentRequestValidator : AbstractValidator<ClientPaymentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="ClientPaymentRequestValidator"/> class.</summary>
    public ClientPaymentRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Payment.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerPaymentIdMissing).WithMessage("The payment needs an id.").OverridePropertyName(nameof(ClientPaymentRequest.Payment));
        RuleFor(r => r.Amount).Must(LedgerRules.IsPositiveRounded)
            .WithErrorCode(BillingErrorCodes.LedgerAmountInvalid).WithMessage("The amount is positive and rounded to the minor unit.");
        RuleFor(r => r.Method).IsInEnum()
            .WithErrorCode(BillingErrorCodes.LedgerPaymentMethodInvalid).WithMessage("Unknown payment method.");
        RuleFor(r => r.Barter).Must(t => t is not null && t.ClientRequested && t.AcceptedLocalPractice && t.NotExploitative && !string.IsNullOrWhiteSpace(t.WrittenContractReference))
            .When(r => r.Method == PaymentMethod.Barter)
            .WithErrorCode(BillingErrorCodes.LedgerBarterTermsMissing).WithMessage("A barter payment carries terms that meet the ethics codes' conditions (R5.5–R5.9); check them with BarterCheck.");
        RuleFor(r => r.Designation).NotNull()
            .WithErrorCode(BillingErrorCodes.LedgerDesignationMissing).WithMessage("Give a designation, or PaymentDesignation.None for oldest first.");
    }
}

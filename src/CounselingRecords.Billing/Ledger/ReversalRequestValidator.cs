using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validates a reversal request (R6.9).</summary>
public sealed class ReversalRequestValidator : AbstractValidator<ReversalRequest>
{
    /// <summary>Initializes a new instance of the <see cref="ReversalRequestValidator"/> class.</summary>
    public ReversalRequestValidator()
    {
        this.ValidPosting(r => r.Posting);
        RuleFor(r => r.Reverses.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerUnknownEntry).WithMessage("Name the entry to reverse.").OverridePropertyName(nameof(ReversalRequest.Reverses));
        RuleFor(r => r.Reason).NotEmpty()
            .WithErrorCode(BillingErrorCodes.LedgerReversalReasonMissing).WithMessage("A reversal states its reason (R6.9).");
    }
}

using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Amendments;

/// <summary>Checks an addendum as written: kind, reason and text present (R7.7); an amendment names its request (R7.8).</summary>
public sealed class AddendumDraftValidator : AbstractValidator<AddendumDraft>
{
    /// <summary>Initializes a new instance of the <see cref="AddendumDraftValidator"/> class.</summary>
    public AddendumDraftValidator()
    {
        RuleFor(a => a.Kind).IsInEnum().WithErrorCode(RecordsErrorCodes.AddendumKindUnknown);
        RuleFor(a => a.Reason).NotEmpty().WithErrorCode(RecordsErrorCodes.AddendumReasonMissing)
            .WithMessage("An addendum states its reason (R7.7).")
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(a => a.Text).NotEmpty().WithErrorCode(RecordsErrorCodes.AddendumTextMissing)
            .WithMessage("An addendum has text.")
            .MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(a => a.AmendmentRequestId)
            .Must(id => id is { } value && !value.IsEmpty())
            .When(a => a.Kind == AddendumKind.Amendment)
            .WithErrorCode(RecordsErrorCodes.AddendumAmendmentRequestMissing)
            .WithMessage("An amendment names the client's amendment request it fulfils (R7.8).");
    }
}

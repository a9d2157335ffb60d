using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Amendments;

/// <summary>Checks a denial has every element of the written notice (R7.8).</summary>
public sealed class AmendmentDenialValidator : AbstractValidator<AmendmentDenial>
{
    /// <summary>Initializes a new instance of the <see cref="AmendmentDenialValidator"/> class.</summary>
    public AmendmentDenialValidator()
    {
        RuleFor(d => d.Ground).IsInEnum().WithErrorCode(RecordsErrorCodes.AmendmentDenialGroundUnknown);
        RuleFor(d => d.Basis).NotEmpty().WithErrorCode(RecordsErrorCodes.AmendmentDenialBasisMissing)
            .WithMessage("A denial states its basis (R7.8).")
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.DisagreementInstructions).NotEmpty().WithErrorCode(RecordsErrorCodes.AmendmentDenialDisagreementMissing)
            .WithMessage("A denial tells the client how to file a statement of disagreement (R7.8).")
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(d => d.ComplaintContact).NotEmpty().WithErrorCode(RecordsErrorCodes.AmendmentDenialComplaintContactMissing)
            .WithMessage("A denial names whom to complain to (R7.8).")
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}

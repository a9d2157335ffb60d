using FluentValidation;

namespace CounselingRecords.Records.AccessControl;

/// <summary>Checks an emergency access request: a known reason and a justification of at most 500 characters.</summary>
public sealed class BreakGlassRequestValidator : AbstractValidator<BreakGlassRequest>
{
    /// <summary>The longest justification.</summary>
    public const int MaxJustificationLength = 500;

    /// <summary>Initializes a new instance of the <see cref="BreakGlassRequestValidator"/> class.</summary>
    public BreakGlassRequestValidator()
    {
        RuleFor(r => r.Reason).IsInEnum().WithErrorCode(RecordsErrorCodes.BreakGlassReasonUnknown);
        RuleFor(r => r.Justification).NotEmpty().WithErrorCode(RecordsErrorCodes.BreakGlassJustificationMissing)
            .WithMessage("Breaking the glass needs a justification.")
            .MaximumLength(MaxJustificationLength).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}

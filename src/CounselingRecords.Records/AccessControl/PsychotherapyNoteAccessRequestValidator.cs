using FluentValidation;

namespace CounselingRecords.Records.AccessControl;

/// <summary>Checks a psychotherapy-note access request: a known purpose, a justification, an authorization when the purpose is one.</summary>
public sealed class PsychotherapyNoteAccessRequestValidator : AbstractValidator<PsychotherapyNoteAccessRequest>
{
    /// <summary>The longest justification or recipient.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Initializes a new instance of the <see cref="PsychotherapyNoteAccessRequestValidator"/> class.</summary>
    public PsychotherapyNoteAccessRequestValidator()
    {
        RuleFor(r => r.Purpose).IsInEnum().WithErrorCode(RecordsErrorCodes.PsychotherapyNoteAccessPurposeUnknown);
        RuleFor(r => r.Justification).NotEmpty().WithErrorCode(RecordsErrorCodes.PsychotherapyNoteAccessJustificationMissing)
            .WithMessage("A use or disclosure of a psychotherapy note states why.")
            .MaximumLength(MaxTextLength).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(r => r.Recipient).MaximumLength(MaxTextLength).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(r => r.Authorization).NotNull().When(r => r.Purpose == PsychotherapyNoteAccessPurpose.SpecificAuthorization)
            .WithErrorCode(RecordsErrorCodes.PsychotherapyNoteAuthorizationMissing)
            .WithMessage("This purpose needs the client's specific authorization.");
    }
}

using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Retention;

/// <summary>Checks a legal hold as entered: a reference and matter, released on or after placed.</summary>
public sealed class LegalHoldValidator : AbstractValidator<LegalHold>
{
    /// <summary>Initializes a new instance of the <see cref="LegalHoldValidator"/> class.</summary>
    public LegalHoldValidator()
    {
        RuleFor(h => h.Reference).NotEmpty().WithErrorCode(RecordsErrorCodes.LegalHoldReferenceMissing)
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(h => h.Matter).NotEmpty().WithErrorCode(RecordsErrorCodes.LegalHoldMatterMissing)
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(h => h.ReleasedOn).Must((h, released) => released is null || released >= h.PlacedOn)
            .WithErrorCode(RecordsErrorCodes.LegalHoldReleasedBeforePlaced).WithMessage("A hold is released on or after the day it was placed.");
    }
}

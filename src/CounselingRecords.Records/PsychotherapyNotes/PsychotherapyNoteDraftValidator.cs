using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.PsychotherapyNotes;

/// <summary>Checks a psychotherapy note as written: client, author and content.</summary>
public sealed class PsychotherapyNoteDraftValidator : AbstractValidator<PsychotherapyNoteDraft>
{
    /// <summary>Initializes a new instance of the <see cref="PsychotherapyNoteDraftValidator"/> class.</summary>
    public PsychotherapyNoteDraftValidator()
    {
        RuleFor(d => d.ClientId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordClientMissing);
        RuleFor(d => d.AuthorId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordAuthorMissing);
        RuleFor(d => d.Content).NotEmpty().WithErrorCode(RecordsErrorCodes.PsychotherapyNoteContentMissing)
            .MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}

using CounselingRecords.Records.Clinical;
using FluentValidation;

namespace CounselingRecords.Records.Amendments;

/// <summary>Checks an amendment request as received: client, a record of this package, the change and the reason (R7.8).</summary>
public sealed class AmendmentRequestSubmissionValidator : AbstractValidator<AmendmentRequestSubmission>
{
    private static readonly string[] AmendableTypes =
    [
        RecordTypes.Client, RecordTypes.IntakeAssessment, RecordTypes.SessionNote, RecordTypes.PsychotherapyNote, RecordTypes.ProgressReport, RecordTypes.Addendum,
    ];

    /// <summary>Initializes a new instance of the <see cref="AmendmentRequestSubmissionValidator"/> class.</summary>
    public AmendmentRequestSubmissionValidator()
    {
        RuleFor(s => s.ClientId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordClientMissing);
        RuleFor(s => s.Target).Must(t => AmendableTypes.Contains(t.RecordType, StringComparer.Ordinal) && !string.IsNullOrWhiteSpace(t.RecordId))
            .WithErrorCode(RecordsErrorCodes.AmendmentTargetInvalid).WithMessage("The request names a clinical or demographic record.");
        RuleFor(s => s.RequestedChange).NotEmpty().WithErrorCode(RecordsErrorCodes.AmendmentChangeMissing)
            .MaximumLength(TextLimits.Long).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(s => s.Reason).NotEmpty().WithErrorCode(RecordsErrorCodes.AmendmentReasonMissing)
            .WithMessage("A request to amend is made in writing with a reason (R7.8).")
            .MaximumLength(TextLimits.Medium).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleForEach(s => s.PersonsToNotify).NotEmpty().WithErrorCode(RecordsErrorCodes.AmendmentNotifyBlank)
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
    }
}

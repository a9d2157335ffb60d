using CounselingRecords.Records.AccessControl;
using FluentValidation;

namespace CounselingRecords.Records.AccessRequests;

/// <summary>Checks an access request as received: client, at least one known kind once each, an ordered date range, a known format.</summary>
public sealed class RecordAccessRequestSubmissionValidator : AbstractValidator<RecordAccessRequestSubmission>
{
    /// <summary>Initializes a new instance of the <see cref="RecordAccessRequestSubmissionValidator"/> class.</summary>
    public RecordAccessRequestSubmissionValidator()
    {
        RuleFor(s => s.ClientId).Must(id => !id.IsEmpty()).WithErrorCode(RecordsErrorCodes.RecordClientMissing);
        RuleFor(s => s.RequestedKinds).NotEmpty().WithErrorCode(RecordsErrorCodes.AccessRequestKindsMissing)
            .WithMessage("An access request names what it asks for.");
        RuleForEach(s => s.RequestedKinds).IsInEnum().WithErrorCode(RecordsErrorCodes.AccessRequestKindsMissing);
        RuleFor(s => s.RequestedKinds).Must(k => k.Distinct().Count() == k.Length).WithErrorCode(RecordsErrorCodes.AccessRequestKindDuplicate);
        RuleFor(s => s.ToDate).Must((s, to) => to is null || s.FromDate is null || to >= s.FromDate)
            .WithErrorCode(RecordsErrorCodes.AccessRequestRangeInvalid).WithMessage("The date range ends on or after it starts.");
        RuleFor(s => s.Format).IsInEnum().WithErrorCode(RecordsErrorCodes.AccessRequestFormatUnknown);
    }
}

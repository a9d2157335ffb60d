using FluentValidation;

namespace CounselingRecords.Policies.Complaints;

/// <summary>Checks a complaint as received: a summary, the client named when the client or a guardian complains, the subject named, sensible lengths.</summary>
public sealed class ComplaintDetailsValidator : AbstractValidator<ComplaintDetails>
{
    /// <summary>The longest summary accepted.</summary>
    public const int MaximumSummaryLength = 20_000;

    /// <summary>Initializes a new instance of the <see cref="ComplaintDetailsValidator"/> class.</summary>
    public ComplaintDetailsValidator()
    {
        RuleFor(d => d.Channel).IsInEnum().WithErrorCode(PoliciesErrorCodes.ComplaintUnknownValue);
        RuleFor(d => d.Category).IsInEnum().WithErrorCode(PoliciesErrorCodes.ComplaintUnknownValue);
        RuleFor(d => d.Summary).NotEmpty().WithErrorCode(PoliciesErrorCodes.ComplaintSummaryRequired)
            .MaximumLength(MaximumSummaryLength).WithErrorCode(PoliciesErrorCodes.ComplaintSummaryTooLong);
        RuleFor(d => d.Complainant).NotNull().WithErrorCode(PoliciesErrorCodes.ComplaintPartyInvalid);
        RuleFor(d => d.Against).NotNull().WithErrorCode(PoliciesErrorCodes.ComplaintSubjectRequired);
        When(d => d.Complainant is not null, () =>
        {
            RuleFor(d => d.ClientId).NotNull()
                .When(d => d.Complainant.Kind is ComplainantKind.Client or ComplainantKind.ParentOrGuardian)
                .WithErrorCode(PoliciesErrorCodes.ComplaintClientRequired)
                .WithMessage("A complaint by the client or a guardian names the client.");
            RuleFor(d => d.Complainant.Name).Null()
                .When(d => d.Complainant.Kind == ComplainantKind.Anonymous)
                .WithErrorCode(PoliciesErrorCodes.ComplaintPartyInvalid)
                .WithMessage("An anonymous complainant has no name.");
            RuleFor(d => d.Complainant.Name).MaximumLength(200).WithErrorCode(PoliciesErrorCodes.ComplaintPartyInvalid);
            RuleFor(d => d.Complainant.Contact).MaximumLength(500).WithErrorCode(PoliciesErrorCodes.ComplaintPartyInvalid);
        });
        When(d => d.Against is not null, () =>
        {
            RuleFor(d => d.Against.ClinicianId).NotNull()
                .When(d => d.Against.Kind == ComplaintSubjectKind.Clinician)
                .WithErrorCode(PoliciesErrorCodes.ComplaintSubjectRequired)
                .WithMessage("A complaint against a clinician names the clinician.");
            RuleFor(d => d.Against.UserId).NotNull()
                .When(d => d.Against.Kind == ComplaintSubjectKind.StaffMember)
                .WithErrorCode(PoliciesErrorCodes.ComplaintSubjectRequired)
                .WithMessage("A complaint against a staff member names the staff member.");
        });
        RuleFor(d => d.RelatedRecords).Must(r => r.IsDefault || r.All(x => !string.IsNullOrWhiteSpace(x.RecordType) && !string.IsNullOrWhiteSpace(x.RecordId)))
            .WithErrorCode(PoliciesErrorCodes.ComplaintPartyInvalid).WithMessage("A related record names its type and id.");
    }
}

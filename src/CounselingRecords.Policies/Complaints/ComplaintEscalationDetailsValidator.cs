using FluentValidation;

namespace CounselingRecords.Policies.Complaints;

/// <summary>Checks an escalation: a known kind of body, its name, and a reference of reasonable length.</summary>
public sealed class ComplaintEscalationDetailsValidator : AbstractValidator<ComplaintEscalationDetails>
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintEscalationDetailsValidator"/> class.</summary>
    public ComplaintEscalationDetailsValidator()
    {
        RuleFor(d => d.Body).IsInEnum().WithErrorCode(PoliciesErrorCodes.ComplaintUnknownValue);
        RuleFor(d => d.BodyName).NotEmpty().WithErrorCode(PoliciesErrorCodes.ComplaintExternalBodyRequired)
            .MaximumLength(200).WithErrorCode(PoliciesErrorCodes.ComplaintExternalBodyRequired);
        RuleFor(d => d.Reference).MaximumLength(100).WithErrorCode(PoliciesErrorCodes.ComplaintExternalBodyRequired);
    }
}

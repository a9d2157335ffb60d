using FluentValidation;
using NodaTime;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>Checks inquiry targets: a first-response time above zero and at most 30 days.</summary>
public sealed class InquiryTargetsValidator : AbstractValidator<InquiryTargets>
{
    /// <summary>Initializes a new instance of the <see cref="InquiryTargetsValidator"/> class.</summary>
    public InquiryTargetsValidator()
    {
        RuleFor(t => t.FirstResponseWithin).GreaterThan(Duration.Zero).WithErrorCode(PoliciesErrorCodes.InquiryTargetInvalid)
            .LessThanOrEqualTo(Duration.FromDays(30)).WithErrorCode(PoliciesErrorCodes.InquiryTargetInvalid);
    }
}

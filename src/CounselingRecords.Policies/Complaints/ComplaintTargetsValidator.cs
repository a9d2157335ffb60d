using FluentValidation;
using NodaTime;

namespace CounselingRecords.Policies.Complaints;

/// <summary>Checks complaint targets: each positive, in order (acknowledge ≤ resolve ≤ respond) and at most a year.</summary>
public sealed class ComplaintTargetsValidator : AbstractValidator<ComplaintTargets>
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintTargetsValidator"/> class.</summary>
    public ComplaintTargetsValidator()
    {
        RuleFor(t => t.AcknowledgeWithin).GreaterThan(Duration.Zero).WithErrorCode(PoliciesErrorCodes.ComplaintTargetsInvalid);
        RuleFor(t => t.ResolveWithin).GreaterThanOrEqualTo(t => t.AcknowledgeWithin).WithErrorCode(PoliciesErrorCodes.ComplaintTargetsInvalid)
            .WithMessage("A complaint cannot be due for resolution before it is due for acknowledgment.");
        RuleFor(t => t.RespondWithin).GreaterThanOrEqualTo(t => t.ResolveWithin).WithErrorCode(PoliciesErrorCodes.ComplaintTargetsInvalid)
            .WithMessage("The response cannot be due before the resolution.");
        RuleFor(t => t.RespondWithin).LessThanOrEqualTo(Duration.FromDays(365)).WithErrorCode(PoliciesErrorCodes.ComplaintTargetsInvalid);
    }
}

using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Checks a <see cref="ClosePlanRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class ClosePlanRequestValidator : AbstractValidator<ClosePlanRequest>
{
    /// <summary>Initializes a new instance of the <see cref="ClosePlanRequestValidator"/> class.</summary>
    public ClosePlanRequestValidator()
    {
        RuleFor(x => x.Reason).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.ClosureReasonInvalid);
        RuleFor(x => x.Note).NotEmpty().When(x => x.Reason == PlanClosureReason.Other).WithErrorCode(TreatmentPlansErrorCodes.ClosureReasonInvalid)
            .WithMessage("Closing for another reason needs a note.");
        RuleFor(x => x.Note).MaximumLength(PlanTextLimits.Reason).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.ClosedBy.Value).NotEqual(Guid.Empty).WithName("ClosedBy").WithErrorCode(TreatmentPlansErrorCodes.AuthorRequired);
    }

    /// <summary>Gets a shared instance.</summary>
    public static ClosePlanRequestValidator Instance { get; } = new();
}

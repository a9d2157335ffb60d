using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Statuses;

/// <summary>Checks a <see cref="ChangeStatusRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class ChangeStatusRequestValidator : AbstractValidator<ChangeStatusRequest>
{
    /// <summary>Initializes a new instance of the <see cref="ChangeStatusRequestValidator"/> class.</summary>
    public ChangeStatusRequestValidator()
    {
        RuleFor(x => x)
            .Must(x => (x.Goal is not null) != (x.Objective is not null) && x.Goal?.Value != Guid.Empty && x.Objective?.Value != Guid.Empty)
            .WithName("Goal")
            .WithErrorCode(TreatmentPlansErrorCodes.StatusElementRequired)
            .WithMessage("Name exactly one goal or one objective.");
        RuleFor(x => x.NewStatus).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.StatusInvalid);
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.StatusReasonRequired)
            .MaximumLength(PlanTextLimits.Reason).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.ChangedBy.Value).NotEqual(Guid.Empty).WithName("ChangedBy").WithErrorCode(TreatmentPlansErrorCodes.AuthorRequired);
    }

    /// <summary>Gets a shared instance.</summary>
    public static ChangeStatusRequestValidator Instance { get; } = new();
}

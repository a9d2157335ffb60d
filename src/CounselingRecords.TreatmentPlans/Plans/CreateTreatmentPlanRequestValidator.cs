using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Checks a <see cref="CreateTreatmentPlanRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class CreateTreatmentPlanRequestValidator : AbstractValidator<CreateTreatmentPlanRequest>
{
    /// <summary>Initializes a new instance of the <see cref="CreateTreatmentPlanRequestValidator"/> class.</summary>
    public CreateTreatmentPlanRequestValidator()
    {
        RuleFor(x => x.Client.Value).NotEqual(Guid.Empty).WithName("Client").WithErrorCode(TreatmentPlansErrorCodes.ClientRequired);
        RuleFor(x => x.Author.Value).NotEqual(Guid.Empty).WithName("Author").WithErrorCode(TreatmentPlansErrorCodes.AuthorRequired);
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.RevisionReasonRequired)
            .MaximumLength(PlanTextLimits.Reason).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Content).NotNull().WithErrorCode(TreatmentPlansErrorCodes.ProblemsRequired).SetValidator(PlanContentInputValidator.Instance!);
    }

    /// <summary>Gets a shared instance.</summary>
    public static CreateTreatmentPlanRequestValidator Instance { get; } = new();
}

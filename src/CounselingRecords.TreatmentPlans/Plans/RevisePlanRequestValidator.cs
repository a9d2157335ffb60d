using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Checks a <see cref="RevisePlanRequest"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class RevisePlanRequestValidator : AbstractValidator<RevisePlanRequest>
{
    /// <summary>Initializes a new instance of the <see cref="RevisePlanRequestValidator"/> class.</summary>
    public RevisePlanRequestValidator()
    {
        RuleFor(x => x.Author.Value).NotEqual(Guid.Empty).WithName("Author").WithErrorCode(TreatmentPlansErrorCodes.AuthorRequired);
        RuleFor(x => x.Reason).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.RevisionReasonRequired)
            .MaximumLength(PlanTextLimits.Reason).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Content).NotNull().WithErrorCode(TreatmentPlansErrorCodes.ProblemsRequired).SetValidator(PlanContentInputValidator.Instance!);
    }

    /// <summary>Gets a shared instance.</summary>
    public static RevisePlanRequestValidator Instance { get; } = new();
}

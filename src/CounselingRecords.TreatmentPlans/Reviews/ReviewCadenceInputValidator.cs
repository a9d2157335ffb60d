using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Checks a <see cref="ReviewCadenceInput"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class ReviewCadenceInputValidator : AbstractValidator<ReviewCadenceInput>
{
    /// <summary>Initializes a new instance of the <see cref="ReviewCadenceInputValidator"/> class.</summary>
    public ReviewCadenceInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.CadenceCodeRequired)
            .MaximumLength(PlanTextLimits.Unit).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Name).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.CadenceCodeRequired)
            .MaximumLength(PlanTextLimits.Name).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.IntervalDays).InclusiveBetween(1, ReviewCadence.MaximumIntervalDays).WithErrorCode(TreatmentPlansErrorCodes.CadenceIntervalInvalid);
        RuleFor(x => x.RuleId).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.CadenceSourceRequired);
        RuleFor(x => x.Source).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.CadenceSourceRequired);
    }

    /// <summary>Gets a shared instance.</summary>
    public static ReviewCadenceInputValidator Instance { get; } = new();
}

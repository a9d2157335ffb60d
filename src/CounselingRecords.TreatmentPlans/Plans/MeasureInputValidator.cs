using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Checks a <see cref="MeasureInput"/>; every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.</summary>
public sealed class MeasureInputValidator : AbstractValidator<MeasureInput>
{
    /// <summary>Initializes a new instance of the <see cref="MeasureInputValidator"/> class.</summary>
    public MeasureInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.MeasureRequired);
        RuleFor(x => x.InstrumentCode).NotEmpty().When(x => x.Kind == MeasureKind.InstrumentScore).WithErrorCode(TreatmentPlansErrorCodes.InstrumentCodeRequired);
        RuleFor(x => x.InstrumentCode).Null().When(x => x.Kind != MeasureKind.InstrumentScore).WithErrorCode(TreatmentPlansErrorCodes.InstrumentCodeNotAllowed);
        RuleFor(x => x.InstrumentCode).MaximumLength(PlanTextLimits.Unit).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Unit).NotEmpty().When(x => x.Kind != MeasureKind.InstrumentScore).WithErrorCode(TreatmentPlansErrorCodes.MeasureUnitRequired);
        RuleFor(x => x.Unit).MaximumLength(PlanTextLimits.Unit).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Baseline).GreaterThanOrEqualTo(0m).WithErrorCode(TreatmentPlansErrorCodes.MeasureValueNegative);
        RuleFor(x => x.Target).GreaterThanOrEqualTo(0m).WithErrorCode(TreatmentPlansErrorCodes.MeasureValueNegative);
        RuleFor(x => x.Target).NotEqual(x => x.Baseline).WithErrorCode(TreatmentPlansErrorCodes.TargetEqualsBaseline)
            .WithMessage("The target must differ from the baseline.");
        RuleFor(x => x.BaselineMeasurementId).Must(id => id is null || id.Value.Value != Guid.Empty)
            .WithErrorCode(TreatmentPlansErrorCodes.MeasureRequired).WithMessage("The baseline measurement id must not be empty.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static MeasureInputValidator Instance { get; } = new();
}

using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// Checks an <see cref="ObjectiveInput"/>: a statement, a measure, a target date, at least one intervention, and
/// an automatic-achievement rule that fits the measure. Every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.
/// </summary>
public sealed class ObjectiveInputValidator : AbstractValidator<ObjectiveInput>
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveInputValidator"/> class.</summary>
    public ObjectiveInputValidator()
    {
        RuleFor(x => x.Statement).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.ObjectiveStatementRequired)
            .MaximumLength(PlanTextLimits.Statement).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Measure).NotNull().WithErrorCode(TreatmentPlansErrorCodes.MeasureRequired).SetValidator(MeasureInputValidator.Instance!);
        RuleFor(x => x.TargetDate).NotNull().WithErrorCode(TreatmentPlansErrorCodes.GoalTargetDateRequired)
            .WithMessage("An objective needs a target date.");
        RuleFor(x => x.AutoAchieve).IsInEnum().WithErrorCode(TreatmentPlansErrorCodes.AutoAchieveRuleInvalid);
        RuleFor(x => x.AutoAchieve)
            .Must((objective, rule) => rule is not (AutoAchieveRule.ReliableImprovement or AutoAchieveRule.Response or AutoAchieveRule.Remission)
                || objective.Measure?.Kind == MeasureKind.InstrumentScore)
            .WithErrorCode(TreatmentPlansErrorCodes.AutoAchieveNeedsInstrument)
            .WithMessage("Achievement by reliable improvement, response or remission needs an instrument-measured objective.");
        RuleFor(x => x.Interventions).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.InterventionsRequired);
        RuleForEach(x => x.Interventions).NotNull().WithErrorCode(TreatmentPlansErrorCodes.InterventionsRequired)
            .SetValidator(InterventionInputValidator.Instance);
        RuleFor(x => x.Id).Must(id => id is null || id.Value.Value != Guid.Empty).WithErrorCode(TreatmentPlansErrorCodes.RevisionUnknownElement)
            .WithMessage("An existing objective's id must not be empty; leave it out for a new one.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static ObjectiveInputValidator Instance { get; } = new();
}

using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// Checks a <see cref="GoalInput"/>: a SMART goal has a statement, a target date (time-bound) and at least one
/// measurable objective, none due after the goal. Every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.
/// </summary>
public sealed class GoalInputValidator : AbstractValidator<GoalInput>
{
    /// <summary>Initializes a new instance of the <see cref="GoalInputValidator"/> class.</summary>
    public GoalInputValidator()
    {
        RuleFor(x => x.Statement).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.GoalStatementRequired)
            .MaximumLength(PlanTextLimits.Statement).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.TargetDate).NotNull().WithErrorCode(TreatmentPlansErrorCodes.GoalTargetDateRequired);
        RuleFor(x => x.Objectives).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.ObjectivesRequired);
        RuleForEach(x => x.Objectives).NotNull().WithErrorCode(TreatmentPlansErrorCodes.ObjectivesRequired)
            .SetValidator(ObjectiveInputValidator.Instance);
        RuleForEach(x => x.Objectives)
            .Must((goal, objective) => objective is null || goal.TargetDate is null || objective.TargetDate is null || objective.TargetDate <= goal.TargetDate)
            .WithErrorCode(TreatmentPlansErrorCodes.ObjectiveTargetAfterGoal)
            .WithMessage("An objective's target date must not be after its goal's target date.");
        RuleFor(x => x.Id).Must(id => id is null || id.Value.Value != Guid.Empty).WithErrorCode(TreatmentPlansErrorCodes.RevisionUnknownElement)
            .WithMessage("An existing goal's id must not be empty; leave it out for a new one.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static GoalInputValidator Instance { get; } = new();
}

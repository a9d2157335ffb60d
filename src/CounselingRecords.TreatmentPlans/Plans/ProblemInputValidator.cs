using CounselingRecords.Coding;
using FluentValidation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// Checks a <see cref="ProblemInput"/>: an ICD-10-CM diagnosis (R7.5: the plan states the diagnoses), a statement
/// and at least one goal. Every rule carries a <see cref="TreatmentPlansErrorCodes"/> code.
/// </summary>
public sealed class ProblemInputValidator : AbstractValidator<ProblemInput>
{
    /// <summary>Initializes a new instance of the <see cref="ProblemInputValidator"/> class.</summary>
    public ProblemInputValidator()
    {
        RuleFor(x => x.Diagnosis).Must(code => DiagnosisCode.TryParse(code, out _)).WithErrorCode(TreatmentPlansErrorCodes.DiagnosisInvalid)
            .WithMessage("The diagnosis is not an ICD-10-CM code.");
        RuleFor(x => x.Statement).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.ProblemStatementRequired)
            .MaximumLength(PlanTextLimits.Statement).WithErrorCode(TreatmentPlansErrorCodes.TextTooLong);
        RuleFor(x => x.Goals).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.GoalsRequired);
        RuleForEach(x => x.Goals).NotNull().WithErrorCode(TreatmentPlansErrorCodes.GoalsRequired).SetValidator(GoalInputValidator.Instance);
        RuleFor(x => x.Id).Must(id => id is null || id.Value.Value != Guid.Empty).WithErrorCode(TreatmentPlansErrorCodes.RevisionUnknownElement)
            .WithMessage("An existing problem's id must not be empty; leave it out for a new one.");
    }

    /// <summary>Gets a shared instance.</summary>
    public static ProblemInputValidator Instance { get; } = new();
}

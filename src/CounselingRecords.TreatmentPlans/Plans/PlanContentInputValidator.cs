using CounselingRecords.Identity;
using FluentValidation;
using FluentValidation.Results;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// Checks a <see cref="PlanContentInput"/>: at least one problem (R7.5), every problem, goal, objective and
/// intervention well formed, no id used twice, a positive estimated duration. Every rule carries a
/// <see cref="TreatmentPlansErrorCodes"/> code.
/// </summary>
public sealed class PlanContentInputValidator : AbstractValidator<PlanContentInput>
{
    /// <summary>Initializes a new instance of the <see cref="PlanContentInputValidator"/> class.</summary>
    public PlanContentInputValidator()
    {
        RuleFor(x => x.Problems).NotEmpty().WithErrorCode(TreatmentPlansErrorCodes.ProblemsRequired);
        RuleForEach(x => x.Problems).NotNull().WithErrorCode(TreatmentPlansErrorCodes.ProblemsRequired).SetValidator(ProblemInputValidator.Instance);
        RuleFor(x => x.EstimatedDurationWeeks).GreaterThan(0).When(x => x.EstimatedDurationWeeks is not null)
            .WithErrorCode(TreatmentPlansErrorCodes.EstimatedDurationInvalid);
        RuleFor(x => x).Custom((content, context) =>
        {
            if (content.Problems is null)
            {
                return;
            }

            var problems = content.Problems.Where(p => p is not null).ToList();
            var goals = problems.SelectMany(p => p.Goals ?? []).Where(g => g is not null).ToList();
            var objectives = goals.SelectMany(g => g.Objectives ?? []).Where(o => o is not null).ToList();
            var interventions = objectives.SelectMany(o => o.Interventions ?? []).Where(i => i is not null).ToList();
            Report(context, problems.Select(p => p.Id), "problem");
            Report(context, goals.Select(g => g.Id), "goal");
            Report(context, objectives.Select(o => o.Id), "objective");
            Report(context, interventions.Select(i => i.Id), "intervention");
        });
    }

    /// <summary>Gets a shared instance.</summary>
    public static PlanContentInputValidator Instance { get; } = new();

    private static void Report<TId>(ValidationContext<PlanContentInput> context, IEnumerable<TId?> ids, string what)
        where TId : struct, IStronglyTypedId<TId>
    {
        foreach (var duplicate in ids.Where(id => id is not null).GroupBy(id => id!.Value).Where(g => g.Count() > 1))
        {
            context.AddFailure(new ValidationFailure("Problems", Internal.Inv($"The {what} id {duplicate.Key} is used more than once."))
            {
                ErrorCode = TreatmentPlansErrorCodes.DuplicateElementId,
            });
        }
    }
}

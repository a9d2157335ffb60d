using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Revisions;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Creating a plan.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Creates a plan with its first version. New problems, goals, objectives and interventions get ids from
    /// <paramref name="ids"/>; ids the caller supplies are kept.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="ids">The id generator for the plan and new elements.</param>
    /// <returns>The plan, or <see cref="CoreErrorCodes.ValidationFailed"/> with the failed rules' codes.</returns>
    public static Result<TreatmentPlan> Create(CreateTreatmentPlanRequest? request, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var valid = CreateTreatmentPlanRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        var planId = ids.New<TreatmentPlanId>();
        return PlanContentBuilder.Build(input.Content!, ids, history: null).Map(problems => new TreatmentPlan(
            planId,
            input.Client,
            0,
            input.Cadence ?? ReviewCadences.Default,
            [
                new TreatmentPlanVersion(
                    1,
                    input.EffectiveOn,
                    problems,
                    input.Content!.EstimatedDurationWeeks,
                    input.Content.SupervisorSignatureRequired,
                    new PlanRevision(input.Author, input.RecordedAt, input.Reason),
                    []),
            ],
            [],
            [],
            [],
            [],
            [],
            null));
    }
}

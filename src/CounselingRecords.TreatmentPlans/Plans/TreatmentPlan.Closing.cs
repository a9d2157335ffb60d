using CounselingRecords.Results;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Closing a plan.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Closes the plan (discharge, transfer, withdrawal). A closed plan is no longer due for review and takes no
    /// further changes, except links of sessions held before it closed; its history stays readable.
    /// </summary>
    /// <param name="request">The closure.</param>
    /// <returns>
    /// The plan; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/> or
    /// <see cref="TreatmentPlansErrorCodes.ClosedBeforeEffective"/>.
    /// </returns>
    public Result<TreatmentPlan> Close(ClosePlanRequest? request)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = ClosePlanRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        if (input.ClosedOn < Versions[0].EffectiveOn)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.ClosedBeforeEffective,
                Internal.Inv($"Plan {Id} cannot close before it took effect on {Date(Versions[0].EffectiveOn)}."));
        }

        return With(closure: new PlanClosure(input.ClosedOn, input.Reason, input.Note, input.ClosedBy, input.RecordedAt));
    }
}

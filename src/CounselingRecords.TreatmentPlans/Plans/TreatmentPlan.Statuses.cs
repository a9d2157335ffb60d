using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Statuses;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Statuses of goals and objectives.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>Returns a goal's current status (<see cref="ProgressStatus.NotStarted"/> until its first change).</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The status.</returns>
    public ProgressStatus StatusOf(GoalId goal) => LastChange(goal)?.To ?? ProgressStatus.NotStarted;

    /// <summary>Returns an objective's current status (<see cref="ProgressStatus.NotStarted"/> until its first change).</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The status.</returns>
    public ProgressStatus StatusOf(ObjectiveId objective) => LastChange(objective)?.To ?? ProgressStatus.NotStarted;

    /// <summary>Returns every status change of a goal, oldest first.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The changes.</returns>
    public ImmutableArray<StatusChange> HistoryOf(GoalId goal) => [.. StatusHistory.Where(c => c.Goal == goal)];

    /// <summary>Returns every status change of an objective, oldest first.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The changes.</returns>
    public ImmutableArray<StatusChange> HistoryOf(ObjectiveId objective) => [.. StatusHistory.Where(c => c.Objective == objective)];

    /// <summary>
    /// Records a clinician's status change of a goal or objective in the current version, with its date and
    /// reason. Allowed changes: see <see cref="ProgressStatusTransitions.IsAllowedManually"/>.
    /// </summary>
    /// <param name="request">The change.</param>
    /// <returns>
    /// The plan; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/>,
    /// <see cref="TreatmentPlansErrorCodes.StatusElementNotInCurrentVersion"/>, <see cref="TreatmentPlansErrorCodes.StatusUnchanged"/>,
    /// <see cref="TreatmentPlansErrorCodes.StatusTransitionNotAllowed"/> or <see cref="TreatmentPlansErrorCodes.StatusEffectiveBeforePrevious"/>.
    /// </returns>
    public Result<TreatmentPlan> ChangeStatus(ChangeStatusRequest? request)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = ChangeStatusRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        var key = input.Goal?.ToString() ?? input.Objective!.Value.ToString();
        var present = input.Goal is { } g ? CurrentVersion.FindGoal(g) is not null : CurrentVersion.FindObjective(input.Objective!.Value) is not null;
        if (!present)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.StatusElementNotInCurrentVersion,
                Internal.Inv($"{key} is not in version {CurrentVersion.Number} of plan {Id}."),
                target: key);
        }

        var last = input.Goal is { } goal ? LastChange(goal) : LastChange(input.Objective!.Value);
        var from = last?.To ?? ProgressStatus.NotStarted;
        if (from == input.NewStatus)
        {
            return new DomainError(TreatmentPlansErrorCodes.StatusUnchanged, Internal.Inv($"{key} is already {from}."), target: key);
        }

        if (!ProgressStatusTransitions.IsAllowedManually(from, input.NewStatus))
        {
            var why = input.NewStatus is ProgressStatus.Revised or ProgressStatus.NotStarted
                ? "that status is set by plan revisions only"
                : from == ProgressStatus.Discontinued ? "a discontinued goal or objective is resumed by revising the plan" : "the change is not allowed";
            return new DomainError(
                TreatmentPlansErrorCodes.StatusTransitionNotAllowed,
                Internal.Inv($"{key} cannot change from {from} to {input.NewStatus}: {why}."),
                target: key);
        }

        if (last is not null && input.EffectiveOn < last.EffectiveOn)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.StatusEffectiveBeforePrevious,
                Internal.Inv($"The change of {key} is dated before its previous change."),
                target: key);
        }

        var change = new StatusChange(
            input.Goal,
            input.Objective,
            from,
            input.NewStatus,
            input.EffectiveOn,
            input.RecordedAt,
            input.ChangedBy,
            StatusChangeSource.Clinician,
            input.Reason,
            null,
            CurrentVersion.Number,
            []);
        return With(statusHistory: StatusHistory.Add(change));
    }

    private StatusChange? LastChange(GoalId goal)
    {
        for (var i = StatusHistory.Length - 1; i >= 0; i--)
        {
            if (StatusHistory[i].Goal == goal)
            {
                return StatusHistory[i];
            }
        }

        return null;
    }

    private StatusChange? LastChange(ObjectiveId objective)
    {
        for (var i = StatusHistory.Length - 1; i >= 0; i--)
        {
            if (StatusHistory[i].Objective == objective)
            {
                return StatusHistory[i];
            }
        }

        return null;
    }
}

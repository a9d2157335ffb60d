using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Revisions;
using CounselingRecords.TreatmentPlans.Statuses;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Revising a plan and comparing its versions.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Revises the plan: adds a version with the whole new content, who, when and why; the earlier versions stay
    /// as they were (R7.7). Kept elements carry their ids; new ones get ids from <paramref name="ids"/>. Goals and
    /// objectives that changed become <see cref="ProgressStatus.Revised"/>, removed ones become
    /// <see cref="ProgressStatus.Discontinued"/> (unless already achieved or discontinued), and ones brought back
    /// from an earlier version become <see cref="ProgressStatus.Revised"/>. The review interval restarts from the
    /// new version's effective date (R7.13).
    /// </summary>
    /// <param name="request">The revision.</param>
    /// <param name="ids">The id generator for new elements.</param>
    /// <returns>
    /// The revised plan; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/>,
    /// <see cref="TreatmentPlansErrorCodes.RevisionEffectiveBeforePrevious"/>, <see cref="TreatmentPlansErrorCodes.RevisionRecordedBeforePrevious"/>,
    /// <see cref="TreatmentPlansErrorCodes.RevisionUnknownElement"/> or <see cref="TreatmentPlansErrorCodes.RevisionNoChanges"/>.
    /// </returns>
    public Result<TreatmentPlan> Revise(RevisePlanRequest? request, IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = RevisePlanRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        var current = CurrentVersion;
        if (input.EffectiveOn < current.EffectiveOn)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.RevisionEffectiveBeforePrevious,
                Internal.Inv($"A revision of plan {Id} cannot take effect before version {current.Number} did."),
                "R7.7");
        }

        if (input.RecordedAt < current.Revision.RecordedAt)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.RevisionRecordedBeforePrevious,
                Internal.Inv($"A revision of plan {Id} cannot be recorded before version {current.Number} was."),
                "R7.7");
        }

        var built = PlanContentBuilder.Build(input.Content!, ids, Versions);
        if (built.Failure)
        {
            return built.ConvertError<TreatmentPlan>();
        }

        var next = new TreatmentPlanVersion(
            current.Number + 1,
            input.EffectiveOn,
            built.Value,
            input.Content!.EstimatedDurationWeeks,
            input.Content.SupervisorSignatureRequired,
            new PlanRevision(input.Author, input.RecordedAt, input.Reason),
            []);
        var diff = PlanDiff.Between(current, next);
        if (diff.IsEmpty)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.RevisionNoChanges,
                Internal.Inv($"The revision of plan {Id} changes nothing in version {current.Number}; record a review instead."),
                "R7.7");
        }

        var changes = StatusHistory.ToBuilder();
        var everGoals = Versions.SelectMany(v => v.Goals).Select(g => g.Id).ToHashSet();
        var everObjectives = Versions.SelectMany(v => v.Objectives).Select(o => o.Id).ToHashSet();

        void Record(GoalId? goal, ObjectiveId? objective, ProgressStatus to, string why)
        {
            var from = goal is { } g ? StatusOf(g) : StatusOf(objective!.Value);
            var last = goal is { } g2 ? LastChange(g2) : LastChange(objective!.Value);
            changes.Add(new StatusChange(
                goal,
                objective,
                from,
                to,
                last is not null && last.EffectiveOn > input.EffectiveOn ? last.EffectiveOn : input.EffectiveOn,
                input.RecordedAt,
                input.Author,
                StatusChangeSource.Revision,
                Internal.Inv($"{why} in version {next.Number}: {input.Reason}"),
                "R7.7",
                next.Number,
                []));
        }

        foreach (var id in diff.ChangedGoals)
        {
            Record(id, null, ProgressStatus.Revised, "Revised");
        }

        foreach (var id in diff.RemovedGoals.Where(g => !ProgressStatusTransitions.IsClosed(StatusOf(g))))
        {
            Record(id, null, ProgressStatus.Discontinued, "Removed from the plan");
        }

        foreach (var id in diff.AddedGoals.Where(everGoals.Contains))
        {
            Record(id, null, ProgressStatus.Revised, "Reinstated");
        }

        foreach (var id in diff.ChangedObjectives)
        {
            Record(null, id, ProgressStatus.Revised, "Revised");
        }

        foreach (var id in diff.RemovedObjectives.Where(o => !ProgressStatusTransitions.IsClosed(StatusOf(o))))
        {
            Record(null, id, ProgressStatus.Discontinued, "Removed from the plan");
        }

        foreach (var id in diff.AddedObjectives.Where(everObjectives.Contains))
        {
            Record(null, id, ProgressStatus.Revised, "Reinstated");
        }

        return With(versions: Versions.Add(next), statusHistory: changes.ToImmutable());
    }

    /// <summary>Compares two versions of the plan (any two, in either order).</summary>
    /// <param name="fromVersion">The version compared from.</param>
    /// <param name="toVersion">The version compared to.</param>
    /// <returns>The differences, or <see cref="TreatmentPlansErrorCodes.VersionNotFound"/>.</returns>
    public Result<PlanDiff> Diff(int fromVersion, int toVersion)
    {
        var from = FindVersion(fromVersion);
        var to = FindVersion(toVersion);
        if (from is null || to is null)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.VersionNotFound,
                Internal.Inv($"Plan {Id} has versions 1 to {Versions.Length}; version {(from is null ? fromVersion : toVersion)} does not exist."));
        }

        return PlanDiff.Between(from, to);
    }

    /// <summary>Returns the date an objective first took effect in the plan (the effective date of the first version holding it).</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The date, or <see langword="null"/> when the plan never held it.</returns>
    public LocalDate? InPlanSince(ObjectiveId objective) => Versions.FirstOrDefault(v => v.FindObjective(objective) is not null)?.EffectiveOn;

    private DomainError? Closed() =>
        Closure is null
            ? null
            : new DomainError(TreatmentPlansErrorCodes.PlanClosed, Internal.Inv($"Plan {Id} is closed; it takes no further changes."));
}

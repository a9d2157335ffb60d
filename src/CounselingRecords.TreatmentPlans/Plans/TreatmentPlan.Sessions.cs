using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Sessions;
using CounselingRecords.TreatmentPlans.Statuses;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Session notes linked to objectives.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Links a session note to the objectives it names. Every objective must be in the plan version in effect on
    /// the session date. A closed plan still takes links of sessions held on or before its closing date.
    /// </summary>
    /// <param name="request">The link.</param>
    /// <returns>
    /// The plan; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/>,
    /// <see cref="TreatmentPlansErrorCodes.SessionAlreadyRecorded"/> or <see cref="TreatmentPlansErrorCodes.SessionObjectiveNotInPlan"/>.
    /// </returns>
    public Result<TreatmentPlan> RecordSession(RecordSessionRequest? request)
    {
        var valid = RecordSessionRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        if (Closure is not null && input.SessionDate > Closure.ClosedOn)
        {
            return Closed()!;
        }

        if (Sessions.Any(s => s.Note == input.Note))
        {
            return new DomainError(
                TreatmentPlansErrorCodes.SessionAlreadyRecorded,
                Internal.Inv($"Note {input.Note} is already linked to plan {Id}."),
                target: input.Note.ToString());
        }

        var version = VersionInEffectOn(input.SessionDate);
        var missing = input.Objectives.FirstOrDefault(o => version?.FindObjective(o) is null);
        if (version is null || missing.Value != Guid.Empty)
        {
            var objective = version is null ? input.Objectives[0] : missing;
            return new DomainError(
                TreatmentPlansErrorCodes.SessionObjectiveNotInPlan,
                Internal.Inv($"Note {input.Note} names {objective}, which is not in the version of plan {Id} in effect on the session date."),
                target: objective.ToString());
        }

        return With(sessions: Sessions.Add(new SessionLink(input.Note, input.SessionDate, [.. input.Objectives], input.RecordedAt)));
    }

    /// <summary>Lists the sessions that worked on an objective, oldest first.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The sessions.</returns>
    public ImmutableArray<SessionLink> SessionsAddressing(ObjectiveId objective) =>
        [.. Sessions.Where(s => s.Objectives.Contains(objective)).OrderBy(s => s.SessionDate).ThenBy(s => s.RecordedAt)];

    /// <summary>
    /// Flags the open objectives of the current version (not achieved, not discontinued) that no session has
    /// worked on in the last <paramref name="weeks"/> weeks as of <paramref name="asOf"/>. An objective newer than
    /// the window is not flagged until it has been in the plan that long.
    /// </summary>
    /// <param name="asOf">The date of the check.</param>
    /// <param name="weeks">The look-back window in weeks, at least 1.</param>
    /// <returns>The flags, in plan order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is less than 1.</exception>
    public ImmutableArray<ObjectiveAttentionFlag> ObjectivesWithoutRecentSession(LocalDate asOf, int weeks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        if (Closure is not null)
        {
            return [];
        }

        var window = weeks * 7;
        var flags = ImmutableArray.CreateBuilder<ObjectiveAttentionFlag>();
        foreach (var goal in CurrentVersion.Goals)
        {
            foreach (var objective in goal.Objectives)
            {
                if (ProgressStatusTransitions.IsClosed(StatusOf(objective.Id)))
                {
                    continue;
                }

                var since = InPlanSince(objective.Id)!.Value;
                var last = Sessions.Where(s => s.SessionDate <= asOf && s.Objectives.Contains(objective.Id)).MaxBy(s => s.SessionDate);
                var from = last?.SessionDate ?? since;
                var days = Period.Between(from, asOf, PeriodUnits.Days).Days;
                if (days < window)
                {
                    continue;
                }

                var explanation = last is null
                    ? Internal.Inv($"{objective.Id} has been in the plan since {Date(since)} and no session has worked on it ({days} days, window {weeks} weeks).")
                    : Internal.Inv($"{objective.Id} was last worked on in note {last.Note} on {Date(last.SessionDate)}, {days} days ago (window {weeks} weeks).");
                flags.Add(new ObjectiveAttentionFlag(objective.Id, goal.Id, since, last?.SessionDate, last?.Note, days, window, explanation));
            }
        }

        return flags.ToImmutable();
    }
}

using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.Signing;
using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Sessions;

namespace CounselingRecords.Practice.SessionProgress;

/// <summary>
/// Carries a signed session note's objective progress and measurements into the client's active treatment plan:
/// the note is linked to every objective it rated (so the plan lists the sessions per objective, R7.5 periodic
/// summary of goals and progress) and the item-level scores of the session's instruments are recorded against the
/// plan with the note as their source (R8), which may achieve objectives by rule. All or nothing: an objective id
/// that is not in the active plan's current version refuses the whole carry with
/// <see cref="PracticeErrorCodes.ObjectiveNotInActivePlan"/>. Each call writes one audit entry. The caller saves the plan.
/// </summary>
public sealed class SessionProgressWorkflow
{
    private readonly IIdGenerator _ids;
    private readonly IAuditSink _audit;

    /// <summary>Initializes a new instance of the <see cref="SessionProgressWorkflow"/> class.</summary>
    /// <param name="ids">Creates measurement and audit-entry ids.</param>
    /// <param name="audit">Where the audit entry goes.</param>
    public SessionProgressWorkflow(IIdGenerator ids, IAuditSink audit)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(audit);
        _ids = ids;
        _audit = audit;
    }

    /// <summary>Carries the note's progress into the plan and audits it.</summary>
    /// <param name="input">The note, the plan, the scores and the rest.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>What to save, or the refusal.</returns>
    public async ValueTask<Result<SessionProgressResult>> CarryAsync(SessionProgressInput input, CancellationToken cancellationToken = default)
    {
        var result = Carry(input);
        var reference = RecordReference.For(PracticeRecordTypes.TreatmentPlan, input.Plan.Id);
        var entry = result.Success
            ? AuditEntry.For(
                _ids, input.RecordedAt, input.Actor, AuditAction.Update, AuditCategory.Clinical, reference, input.Plan.ClientId, AuditOutcome.Succeeded, "R7.5",
                $"Note {input.Note.Id}: {result.Value.Progress.Length} objective(s) linked, {result.Value.Recordings.Length} score(s) recorded, {result.Value.AchievedObjectives.Length} achieved by rule.")
            : AuditEntry.For(
                _ids, input.RecordedAt, input.Actor, AuditAction.Update, AuditCategory.Clinical, reference, input.Plan.ClientId, AuditOutcome.Failed, result.Error.RuleId,
                result.Error.Details.IsEmpty ? result.Error.Code : $"{result.Error.Code} ({result.Error.Details[0].Code})");
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The carry without the audit entry (pure).</summary>
    /// <param name="input">The input.</param>
    /// <returns>
    /// What to save; or <see cref="PracticeErrorCodes.ProgressNoteNotSigned"/>, <see cref="PracticeErrorCodes.ProgressPlanOfAnotherClient"/>,
    /// <see cref="PracticeErrorCodes.ProgressPlanNotActive"/>, <see cref="PracticeErrorCodes.ObjectiveNotInActivePlan"/>,
    /// <see cref="PracticeErrorCodes.ScoreNotInNote"/> or <see cref="PracticeErrorCodes.ProgressRefused"/> (the plan's refusal as its detail).
    /// </returns>
    public Result<SessionProgressResult> Carry(SessionProgressInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Note);
        ArgumentNullException.ThrowIfNull(input.Plan);
        ArgumentNullException.ThrowIfNull(input.Preset);
        ArgumentNullException.ThrowIfNull(input.Actor);
        var note = input.Note;
        var plan = input.Plan;
        if (note.Status is not (DocumentStatus.Signed or DocumentStatus.CoSigned or DocumentStatus.PendingCoSign))
        {
            return new DomainError(PracticeErrorCodes.ProgressNoteNotSigned, $"Note {note.Id} is not signed; only a signed note's progress is carried.", "R7.6", note.Id.ToString());
        }

        if (plan.ClientId != note.ClientId)
        {
            return new DomainError(PracticeErrorCodes.ProgressPlanOfAnotherClient, $"Plan {plan.Id} belongs to another client than note {note.Id}.", null, plan.Id.ToString());
        }

        if (plan.Status != PlanStatus.Active)
        {
            return new DomainError(PracticeErrorCodes.ProgressPlanNotActive, $"Plan {plan.Id} is closed; progress is carried into the active plan.", "R7.5", plan.Id.ToString());
        }

        var unknown = note.ObjectiveProgress.FirstOrDefault(p => plan.CurrentVersion.FindObjective(p.ObjectiveId) is null);
        if (unknown is not null)
        {
            return new DomainError(
                PracticeErrorCodes.ObjectiveNotInActivePlan,
                $"Note {note.Id} rates {unknown.ObjectiveId}, which is not in the current version of plan {plan.Id}.",
                "R7.5",
                unknown.ObjectiveId.ToString());
        }

        var scores = input.Scores.IsDefault ? [] : input.Scores;
        var documented = note.Measurements.ToList();
        foreach (var score in scores)
        {
            ArgumentNullException.ThrowIfNull(score, nameof(input));
            var match = documented.FirstOrDefault(m => string.Equals(m.Instrument, score.InstrumentCode, StringComparison.OrdinalIgnoreCase) && m.Score == score.Total);
            if (match is null)
            {
                return new DomainError(
                    PracticeErrorCodes.ScoreNotInNote,
                    $"Note {note.Id} documents no {score.InstrumentCode} total matching the score given; record the measurement in the note first.",
                    "R7.5",
                    score.InstrumentCode);
            }

            documented.Remove(match);
        }

        var current = plan;
        if (!note.ObjectiveProgress.IsEmpty)
        {
            var linked = current.RecordSession(new RecordSessionRequest
            {
                Note = note.Id,
                SessionDate = note.DateOfService,
                Objectives = [.. note.ObjectiveProgress.Select(p => p.ObjectiveId).Distinct()],
                RecordedAt = input.RecordedAt,
            });
            if (linked.Failure)
            {
                return Refused(plan, linked.Error);
            }

            current = linked.Value;
        }

        var recordings = ImmutableArray.CreateBuilder<MeasurementRecording>();
        foreach (var score in scores)
        {
            var recorded = current.RecordInstrumentScore(
                new RecordInstrumentScoreRequest
                {
                    MeasurementId = _ids.New<MeasurementId>(),
                    Score = score,
                    AdministeredOn = note.DateOfService,
                    RecordedAt = input.RecordedAt,
                    RecordedBy = note.AuthorId,
                    Note = note.Id,
                },
                input.Preset);
            if (recorded.Failure)
            {
                return Refused(plan, recorded.Error);
            }

            recordings.Add(recorded.Value);
            current = recorded.Value.Plan;
        }

        return new SessionProgressResult(
            current,
            note.ObjectiveProgress,
            recordings.ToImmutable(),
            [.. documented.Select(m => m.Instrument)],
            [.. recordings.SelectMany(r => r.AchievedObjectives).Distinct()]);
    }

    private static DomainError Refused(TreatmentPlan plan, DomainError inner) =>
        new(PracticeErrorCodes.ProgressRefused, $"Plan {plan.Id} refused the note's progress: {inner.Code}.", inner.RuleId, plan.Id.ToString(), [inner]);
}

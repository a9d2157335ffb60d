using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.TreatmentPlans.Instruments;

namespace CounselingRecords.Practice.SafetyFollowUp;

/// <summary>
/// Follows up a scored screen (R8.2): when the score raised the safety flag (PHQ-9 item 9 above zero by default,
/// whatever the total and band), the client's record gets the safety flag (carried into later notes until a
/// clinician clears it) and a <see cref="PracticeTaskKind.SafetyFollowUp"/> task is opened for the same-day risk
/// assessment and its documentation, due at the end of that day in the practice's zone. A screen that already has
/// an open follow-up task gets no second one; a negative screen changes nothing. Each call writes one audit entry.
/// The caller saves the client and the task.
/// </summary>
public sealed class SafetyFollowUpWorkflow
{
    /// <summary>The rule: any item 9 response above zero needs same-day risk assessment and documentation.</summary>
    public const string RuleId = "R8.2";

    private readonly IIdGenerator _ids;
    private readonly IAuditSink _audit;

    /// <summary>Initializes a new instance of the <see cref="SafetyFollowUpWorkflow"/> class.</summary>
    /// <param name="ids">Creates task and audit-entry ids.</param>
    /// <param name="audit">Where the audit entry goes.</param>
    public SafetyFollowUpWorkflow(IIdGenerator ids, IAuditSink audit)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(audit);
        _ids = ids;
        _audit = audit;
    }

    /// <summary>Raises the flag and opens the same-day task when the screen is positive, and audits it.</summary>
    /// <param name="input">The client, the score, the source record and the rest.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>What to save.</returns>
    /// <exception cref="ArgumentException">An open task belongs to another client, or the source names no record type.</exception>
    public async ValueTask<SafetyFollowUpResult> FollowUpAsync(SafetyFollowUpInput input, CancellationToken cancellationToken = default)
    {
        var result = FollowUp(input);
        var entry = AuditEntry.For(
            _ids,
            input.At,
            input.Actor,
            result.Task is null ? AuditAction.Read : AuditAction.Create,
            AuditCategory.Clinical,
            input.Source,
            input.Client.Id,
            AuditOutcome.Succeeded,
            RuleId,
            result.Explanation);
        await _audit.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The decision without the audit entry (pure).</summary>
    /// <param name="input">The input.</param>
    /// <returns>What to save.</returns>
    /// <exception cref="ArgumentException">An open task belongs to another client, or the source names no record type.</exception>
    public SafetyFollowUpResult FollowUp(SafetyFollowUpInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Client);
        ArgumentNullException.ThrowIfNull(input.Score);
        ArgumentNullException.ThrowIfNull(input.Actor);
        ArgumentNullException.ThrowIfNull(input.Zone);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Source.RecordType, nameof(input));
        var client = input.Client;
        var score = input.Score;
        var open = input.OpenTasks.IsDefault ? [] : input.OpenTasks;
        if (open.Any(t => t is null || (t.ClientId is { } c && c != client.Id)))
        {
            throw new ArgumentException($"The open tasks must all belong to client {client.Id}.", nameof(input));
        }

        if (!score.SafetyFlag)
        {
            return new SafetyFollowUpResult(client, null, false, false, RuleId, $"{score.InstrumentCode} in {input.Source} raised no safety flag; no follow-up is needed ({RuleId}).");
        }

        var flagged = client.RaiseSafetyFlag(input.FlagKind, input.Source, input.At);
        var flagRaised = !ReferenceEquals(flagged, client);
        var finding = score.CriticalFindings.First(f => f.FlagCode == StandardInstruments.SafetyFlagCode);
        var why = $"{score.InstrumentCode} item {finding.ItemNumber} in {input.Source} met its safety threshold (at least {finding.Threshold}), whatever the total";
        var flagText = flagRaised ? $"the {input.FlagKind} flag was raised on client {client.Id}" : $"client {client.Id} already had an active {input.FlagKind} flag";
        if (open.Any(t => t is { Kind: PracticeTaskKind.SafetyFollowUp, Status: PracticeTaskStatus.Open } && t.Subject == input.Source))
        {
            return new SafetyFollowUpResult(flagged, null, true, flagRaised, RuleId, $"{why}; {flagText}; a follow-up task for it is already open ({RuleId}).");
        }

        var endOfDay = input.At.InZone(input.Zone).Date.PlusDays(1).AtStartOfDayInZone(input.Zone).ToInstant();
        var reason = $"{why}: same-day risk assessment and documentation needed ({RuleId}).";
        var task = PracticeTask.Open(_ids, PracticeTaskKind.SafetyFollowUp, input.Source, client.Id, input.AssignTo, input.At, endOfDay, RuleId, reason);
        return new SafetyFollowUpResult(flagged, task, true, flagRaised, RuleId, $"{why}; {flagText}; task {task.Id} is due by the end of the day ({RuleId}).");
    }
}

using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// Decides access to a record and writes every decision, allowed or denied, to the audit trail before returning
/// it (R7.15): who, what action, which record and client, the outcome and the deciding rule. Psychotherapy-note
/// decisions go under <see cref="AuditCategory.PsychotherapyNote"/>. An emergency access writes a
/// <see cref="AuditAction.BreakGlass"/> entry with the reason and justification, then the action entry.
/// </summary>
public sealed class RecordAccessService
{
    private readonly ClinicalRecordAccessPolicy _emergencyPolicy;
    private readonly IAccessPolicy<RecordAccessFacts> _policy;
    private readonly IAuditSink _audit;
    private readonly IClock _clock;
    private readonly IIdGenerator _ids;

    /// <summary>Initializes a new instance of the <see cref="RecordAccessService"/> class.</summary>
    /// <param name="audit">Where decisions are written.</param>
    /// <param name="clock">The clock stamping entries.</param>
    /// <param name="ids">The audit entry id generator.</param>
    /// <param name="policy">The policy (default <see cref="ClinicalRecordAccessPolicy.Instance"/>); emergency access always follows RA10.</param>
    public RecordAccessService(IAuditSink audit, IClock clock, IIdGenerator ids, IAccessPolicy<RecordAccessFacts>? policy = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(ids);
        _audit = audit;
        _clock = clock;
        _ids = ids;
        _policy = policy ?? ClinicalRecordAccessPolicy.Instance;
        _emergencyPolicy = _policy as ClinicalRecordAccessPolicy ?? ClinicalRecordAccessPolicy.Instance;
    }

    /// <summary>Decides and audits an access.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="record">On what.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The decision, after it is written.</returns>
    public async Task<AccessDecision> AuthorizeAsync(Actor actor, AccessAction action, RecordAccessFacts record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        var decision = _policy.Decide(actor, action, record);
        await WriteAsync(actor, ToAuditAction(action), record, decision, decision.Reason, cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>Decides and audits an access, returning a <see cref="CoreErrorCodes.AccessDenied"/> failure when denied.</summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="record">On what.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The allowing decision, or the denial as an error carrying its rule.</returns>
    public async Task<Result<AccessDecision>> RequireAsync(Actor actor, AccessAction action, RecordAccessFacts record, CancellationToken cancellationToken = default)
    {
        var decision = await AuthorizeAsync(actor, action, record, cancellationToken).ConfigureAwait(false);
        return decision.IsAllowed
            ? decision
            : new DomainError(CoreErrorCodes.AccessDenied, decision.Reason, decision.RuleId, record.Record.ToString());
    }

    /// <summary>
    /// Decides an emergency access (RA10) and audits it twice: a <see cref="AuditAction.BreakGlass"/> entry with the
    /// reason category and justification, then the action itself with the deciding rule.
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do (reading only is ever allowed this way).</param>
    /// <param name="record">On what.</param>
    /// <param name="request">The reason and justification.</param>
    /// <param name="cancellationToken">Cancels the audit writes.</param>
    /// <returns>The decision, after it is written.</returns>
    public async Task<AccessDecision> AuthorizeEmergencyAsync(Actor actor, AccessAction action, RecordAccessFacts record, BreakGlassRequest? request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        var decision = _emergencyPolicy.DecideEmergency(actor, action, record, request);
        var reason = request is null ? "no reason given" : $"{request.Reason}: {request.Justification}";
        await WriteAsync(actor, AuditAction.BreakGlass, record, decision, reason, cancellationToken).ConfigureAwait(false);
        await WriteAsync(actor, ToAuditAction(action), record, decision, decision.Reason, cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>
    /// Decides and audits a use or disclosure of a psychotherapy note with its purpose (R7.2, see
    /// <see cref="ClinicalRecordAccessPolicy.DecidePsychotherapyNoteUse"/>); the entry goes under
    /// <see cref="AuditCategory.PsychotherapyNote"/> with the purpose, the recipient and the deciding rule.
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="record">The psychotherapy note.</param>
    /// <param name="request">The purpose and its details.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The decision, after it is written.</returns>
    public async Task<AccessDecision> AuthorizePsychotherapyNoteUseAsync(
        Actor actor, AccessAction action, RecordAccessFacts record, PsychotherapyNoteAccessRequest? request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        var decision = _emergencyPolicy.DecidePsychotherapyNoteUse(actor, action, record, request);
        var purpose = request is null ? "no purpose" : $"purpose {request.Purpose}{(request.Recipient is null ? string.Empty : $", recipient {request.Recipient}")}";
        await WriteAsync(actor, ToAuditAction(action), record, decision, $"{purpose}: {decision.Reason}", cancellationToken).ConfigureAwait(false);
        return decision;
    }

    private static AuditAction ToAuditAction(AccessAction action) => action switch
    {
        AccessAction.Read => AuditAction.Read,
        AccessAction.Create => AuditAction.Create,
        AccessAction.Update => AuditAction.Update,
        AccessAction.Sign => AuditAction.Sign,
        AccessAction.Amend => AuditAction.Amend,
        AccessAction.Export => AuditAction.Export,
        AccessAction.Print => AuditAction.Print,
        AccessAction.Disclose => AuditAction.Disclose,
        AccessAction.Delete => AuditAction.Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown access action."),
    };

    private ValueTask WriteAsync(Actor actor, AuditAction action, RecordAccessFacts record, AccessDecision decision, string reason, CancellationToken cancellationToken) =>
        _audit.AppendAsync(
            AuditEntry.For(
                _ids,
                _clock.GetCurrentInstant(),
                actor,
                action,
                RecordKinds.AuditCategoryOf(record.Kind),
                record.Record,
                record.ClientId,
                decision.IsAllowed ? AuditOutcome.Succeeded : AuditOutcome.Denied,
                decision.RuleId,
                reason),
            cancellationToken);
}

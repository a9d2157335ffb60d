using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Workflow;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Policies.Complaints;

/// <summary>
/// The only way to receive, read and move a complaint along. Each call checks the access policy, applies the
/// step, and writes one audit entry (<see cref="AuditCategory.Administrative"/>, naming the complaint, the
/// client, the outcome, the access rule and the step, never content) to the audit sink. A step refused by the
/// policy returns <see cref="CoreErrorCodes.AccessDenied"/>; a step the complaint's state does not allow returns
/// the complaint error. The caller saves the returned complaint; if saving fails, it should audit the failure.
/// </summary>
public sealed class ComplaintWorkflow
{
    private readonly IIdGenerator _ids;
    private readonly IAccessPolicy<Complaint> _access;
    private readonly AuditedSteps _steps;

    /// <summary>Initializes a new instance of the <see cref="ComplaintWorkflow"/> class.</summary>
    /// <param name="audit">Where audit entries go.</param>
    /// <param name="ids">Creates complaint and audit-entry ids.</param>
    /// <param name="access">The access policy; <see cref="ComplaintAccessPolicy"/> when null.</param>
    public ComplaintWorkflow(IAuditSink audit, IIdGenerator ids, IAccessPolicy<Complaint>? access = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
        _access = access ?? ComplaintAccessPolicy.Instance;
        _steps = new AuditedSteps(audit, ids, Complaint.RecordType);
    }

    /// <summary>Receives a new complaint; deadlines come from <paramref name="targets"/>.</summary>
    /// <param name="details">The complaint as received.</param>
    /// <param name="targets">The practice's deadlines.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When it was received.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The new complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> ReceiveAsync(ComplaintDetails details, ComplaintTargets targets, Actor actor, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var id = _ids.New<ComplaintId>();
        return _steps.ActThenDecideAsync(
            actor,
            at,
            RecordReference.For(Complaint.RecordType, id),
            details?.ClientId,
            "received",
            () => Complaint.Receive(id, details!, targets, at, actor.UserId),
            c => _access.Decide(actor, AccessAction.Create, c),
            cancellationToken);
    }

    /// <summary>Reads a complaint: checks access and audits the read.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="actor">Who reads.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The complaint, or <see cref="CoreErrorCodes.AccessDenied"/>.</returns>
    public ValueTask<Result<Complaint>> ReadAsync(Complaint complaint, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Read, AuditAction.Read, "read", c => c, cancellationToken);

    /// <summary>Acknowledges receipt to the complainant.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="actor">Who acknowledges.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> AcknowledgeAsync(Complaint complaint, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Update, AuditAction.StatusChange, "acknowledged", c => c.Acknowledge(at, actor.UserId), cancellationToken);

    /// <summary>Starts the investigation with an investigator, who may not be the person complained about.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="investigator">The investigator.</param>
    /// <param name="actor">Who assigns.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> StartInvestigationAsync(Complaint complaint, Actor investigator, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Update, AuditAction.StatusChange, "investigation started", c => c.StartInvestigation(investigator, at, actor.UserId), cancellationToken);

    /// <summary>Records the finding and the corrective action.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="resolution">The finding, its summary and the corrective action.</param>
    /// <param name="actor">Who resolves.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> ResolveAsync(Complaint complaint, ComplaintResolutionDetails resolution, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Update, AuditAction.StatusChange, "resolved", c => c.Resolve(resolution, at, actor.UserId), cancellationToken);

    /// <summary>Records that the response went to the complainant.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="method">How it was sent.</param>
    /// <param name="appealInformationProvided">Whether it told the complainant how to take the complaint further.</param>
    /// <param name="actor">Who sent it.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> SendResponseAsync(Complaint complaint, ResponseMethod method, bool appealInformationProvided, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Update, AuditAction.StatusChange, "response sent", c => c.SendResponse(method, appealInformationProvided, at, actor.UserId), cancellationToken);

    /// <summary>Records an escalation to an external body.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="escalation">The body and its reference.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> EscalateAsync(Complaint complaint, ComplaintEscalationDetails escalation, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Update, AuditAction.StatusChange, "escalated", c => c.Escalate(escalation, at, actor.UserId), cancellationToken);

    /// <summary>Closes the complaint after the response, or after an external body concluded.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="actor">Who closes.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated complaint, or why it was refused.</returns>
    public ValueTask<Result<Complaint>> CloseAsync(Complaint complaint, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(complaint, actor, at, AccessAction.Update, AuditAction.StatusChange, "closed", c => c.Close(at, actor.UserId), cancellationToken);

    private ValueTask<Result<Complaint>> Run(
        Complaint complaint,
        Actor actor,
        Instant at,
        AccessAction accessAction,
        AuditAction auditAction,
        string stepName,
        Func<Complaint, Result<Complaint>> step,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(actor);
        return _steps.DecideThenActAsync(
            actor,
            at,
            _access.Decide(actor, accessAction, complaint),
            accessAction,
            auditAction,
            complaint.ToRecordReference(),
            complaint.ClientId,
            stepName,
            () => step(complaint),
            r => r.ClientId,
            cancellationToken);
    }
}

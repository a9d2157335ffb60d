using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Workflow;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// The only way to receive, read and move an inquiry along. Each call checks the access policy, applies the
/// step and writes one audit entry (ids, outcome, rule and step only) to the audit sink. The caller saves the
/// returned inquiry. Converting an inquiry to an intake takes the client and appointment a scheduling module
/// created for it.
/// </summary>
public sealed class InquiryWorkflow
{
    private readonly IIdGenerator _ids;
    private readonly IAccessPolicy<Inquiry> _access;
    private readonly AuditedSteps _steps;

    /// <summary>Initializes a new instance of the <see cref="InquiryWorkflow"/> class.</summary>
    /// <param name="audit">Where audit entries go.</param>
    /// <param name="ids">Creates inquiry and audit-entry ids.</param>
    /// <param name="access">The access policy; <see cref="InquiryAccessPolicy"/> when null.</param>
    public InquiryWorkflow(IAuditSink audit, IIdGenerator ids, IAccessPolicy<Inquiry>? access = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids;
        _access = access ?? InquiryAccessPolicy.Instance;
        _steps = new AuditedSteps(audit, ids, Inquiry.RecordType);
    }

    /// <summary>Receives a new inquiry; the first response is due <see cref="InquiryTargets.FirstResponseWithin"/> after <paramref name="at"/>.</summary>
    /// <param name="details">The inquiry as received.</param>
    /// <param name="targets">The practice's response target.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When it was received.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The new inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> ReceiveAsync(InquiryDetails details, InquiryTargets targets, Actor actor, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var id = _ids.New<InquiryId>();
        return _steps.ActThenDecideAsync(
            actor,
            at,
            RecordReference.For(Inquiry.RecordType, id),
            null,
            "received",
            () => Inquiry.Receive(id, details!, targets, at, actor.UserId),
            i => _access.Decide(actor, AccessAction.Create, i),
            cancellationToken);
    }

    /// <summary>Reads an inquiry: checks access and audits the read.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="actor">Who reads.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The inquiry, or <see cref="CoreErrorCodes.AccessDenied"/>.</returns>
    public ValueTask<Result<Inquiry>> ReadAsync(Inquiry inquiry, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Read, AuditAction.Read, "read", i => i, cancellationToken);

    /// <summary>Records a contact with the prospect; the first one answers the inquiry.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="actor">Who made contact.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> RecordContactAsync(Inquiry inquiry, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Update, AuditAction.Update, "contacted", i => i.RecordContact(at, actor.UserId), cancellationToken);

    /// <summary>Records the screening outcome (it also counts as a response).</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="note">A short note, if any (at most 1000 characters).</param>
    /// <param name="actor">Who screened.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The updated inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> ScreenAsync(Inquiry inquiry, ScreeningOutcome outcome, string? note, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Update, AuditAction.StatusChange, "screened", i => i.Screen(outcome, note, at, actor.UserId), cancellationToken);

    /// <summary>Converts a screened, appropriate inquiry into an intake: the prospect became <paramref name="clientId"/> with an intake appointment.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="clientId">The client created for the prospect.</param>
    /// <param name="appointmentId">The intake appointment.</param>
    /// <param name="clinicianId">The intake clinician.</param>
    /// <param name="actor">Who scheduled it.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The closed inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> ScheduleIntakeAsync(Inquiry inquiry, ClientId clientId, AppointmentId appointmentId, ClinicianId clinicianId, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Update, AuditAction.StatusChange, "intake scheduled", i => i.ScheduleIntake(clientId, appointmentId, clinicianId, at, actor.UserId), cancellationToken);

    /// <summary>Refers a screened prospect to another provider.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="referredTo">Where (a provider or service name).</param>
    /// <param name="note">A short note, if any.</param>
    /// <param name="actor">Who referred.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The closed inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> ReferOutAsync(Inquiry inquiry, string referredTo, string? note, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Update, AuditAction.StatusChange, "referred out", i => i.ReferOut(referredTo, note, at, actor.UserId), cancellationToken);

    /// <summary>Declines the inquiry with a reason.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="reason">The reason.</param>
    /// <param name="note">A short note, if any.</param>
    /// <param name="actor">Who declined.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The closed inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> DeclineAsync(Inquiry inquiry, DeclineReason reason, string? note, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Update, AuditAction.StatusChange, "declined", i => i.Decline(reason, note, at, actor.UserId), cancellationToken);

    /// <summary>Closes the inquiry because the prospect did not respond.</summary>
    /// <param name="inquiry">The inquiry.</param>
    /// <param name="note">A short note, if any (for example the attempts made).</param>
    /// <param name="actor">Who closed it.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    /// <returns>The closed inquiry, or why it was refused.</returns>
    public ValueTask<Result<Inquiry>> CloseForNoResponseAsync(Inquiry inquiry, string? note, Actor actor, Instant at, CancellationToken cancellationToken = default) =>
        Run(inquiry, actor, at, AccessAction.Update, AuditAction.StatusChange, "closed for no response", i => i.CloseForNoResponse(note, at, actor.UserId), cancellationToken);

    private ValueTask<Result<Inquiry>> Run(
        Inquiry inquiry,
        Actor actor,
        Instant at,
        AccessAction accessAction,
        AuditAction auditAction,
        string stepName,
        Func<Inquiry, Result<Inquiry>> step,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        ArgumentNullException.ThrowIfNull(actor);
        return _steps.DecideThenActAsync(
            actor,
            at,
            _access.Decide(actor, accessAction, inquiry),
            accessAction,
            auditAction,
            inquiry.ToRecordReference(),
            inquiry.ClientId,
            stepName,
            () => step(inquiry),
            r => r.ClientId,
            cancellationToken);
    }
}

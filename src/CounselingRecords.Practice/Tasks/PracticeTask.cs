using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Practice.Tasks;

/// <summary>
/// A work item a workflow created: what to do, about which record and client, by when, and why (the rule that
/// created it). Completing or cancelling it is a verb that returns the new state.
/// </summary>
public sealed class PracticeTask : IAggregateRoot<PracticeTask>, IEquatable<PracticeTask>
{
    /// <summary>Initializes a new instance of the <see cref="PracticeTask"/> class (also used to reload a stored task).</summary>
    /// <param name="id">The task id.</param>
    /// <param name="kind">What to do.</param>
    /// <param name="subject">The record the task is about.</param>
    /// <param name="clientId">The client concerned, if any.</param>
    /// <param name="assignedTo">The clinician responsible, if any (otherwise the practice's queue).</param>
    /// <param name="createdAt">When the task was created.</param>
    /// <param name="dueAt">When it is due.</param>
    /// <param name="ruleId">The rule or policy that created it, for example <c>R7.13</c>.</param>
    /// <param name="reason">Why, in words, without clinical content.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="closedAt">When it was completed or cancelled.</param>
    /// <param name="closedBy">Who completed or cancelled it.</param>
    /// <param name="closingNote">The cancellation reason or completion note, without clinical content.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public PracticeTask(
        PracticeTaskId id,
        PracticeTaskKind kind,
        RecordReference subject,
        ClientId? clientId,
        ClinicianId? assignedTo,
        Instant createdAt,
        Instant dueAt,
        string ruleId,
        string reason,
        PracticeTaskStatus status,
        Instant? closedAt,
        UserId? closedBy,
        string? closingNote,
        long version)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("A task needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(subject.RecordType, nameof(subject));
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (dueAt < createdAt)
        {
            throw new ArgumentException("A task cannot be due before it was created.", nameof(dueAt));
        }

        if ((status == PracticeTaskStatus.Open) != (closedAt is null))
        {
            throw new ArgumentException("An open task has no closing time; a closed task has one.", nameof(closedAt));
        }

        Id = id;
        Kind = kind;
        Subject = subject;
        ClientId = clientId;
        AssignedTo = assignedTo;
        CreatedAt = createdAt;
        DueAt = dueAt;
        RuleId = ruleId;
        Reason = reason;
        Status = status;
        ClosedAt = closedAt;
        ClosedBy = closedBy;
        ClosingNote = closingNote;
        Version = version;
    }

    /// <summary>Gets the task id.</summary>
    public PracticeTaskId Id { get; }

    /// <summary>Gets what to do.</summary>
    public PracticeTaskKind Kind { get; }

    /// <summary>Gets the record the task is about.</summary>
    public RecordReference Subject { get; }

    /// <summary>Gets the client concerned, if any.</summary>
    public ClientId? ClientId { get; }

    /// <summary>Gets the clinician responsible, if any.</summary>
    public ClinicianId? AssignedTo { get; }

    /// <summary>Gets when the task was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets when it is due.</summary>
    public Instant DueAt { get; }

    /// <summary>Gets the rule that created it.</summary>
    public string RuleId { get; }

    /// <summary>Gets why, in words.</summary>
    public string Reason { get; }

    /// <summary>Gets where it stands.</summary>
    public PracticeTaskStatus Status { get; }

    /// <summary>Gets when it was closed.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>Gets who closed it.</summary>
    public UserId? ClosedBy { get; }

    /// <summary>Gets the closing note.</summary>
    public string? ClosingNote { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Returns whether the task is open and past due at <paramref name="now"/>.</summary>
    /// <param name="now">The instant to judge at.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueAt(Instant now) => Status == PracticeTaskStatus.Open && now > DueAt;

    /// <summary>Creates an open task.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="kind">What to do.</param>
    /// <param name="subject">The record it is about.</param>
    /// <param name="clientId">The client concerned.</param>
    /// <param name="assignedTo">The clinician responsible.</param>
    /// <param name="createdAt">Now.</param>
    /// <param name="dueAt">When it is due.</param>
    /// <param name="ruleId">The rule that creates it.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The task.</returns>
    public static PracticeTask Open(
        IIdGenerator ids,
        PracticeTaskKind kind,
        RecordReference subject,
        ClientId? clientId,
        ClinicianId? assignedTo,
        Instant createdAt,
        Instant dueAt,
        string ruleId,
        string reason)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new PracticeTask(ids.New<PracticeTaskId>(), kind, subject, clientId, assignedTo, createdAt, dueAt, ruleId, reason, PracticeTaskStatus.Open, null, null, null, 0);
    }

    /// <summary>Completes the task.</summary>
    /// <param name="by">Who completed it.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note without clinical content.</param>
    /// <returns>The completed task, or <see cref="PracticeErrorCodes.TaskNotOpen"/>.</returns>
    public Result<PracticeTask> Complete(UserId by, Instant at, string? note = null) => Close(PracticeTaskStatus.Completed, by, at, note);

    /// <summary>Cancels the task.</summary>
    /// <param name="by">Who cancelled it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it is no longer needed.</param>
    /// <returns>The cancelled task, or an error.</returns>
    public Result<PracticeTask> Cancel(UserId by, Instant at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError(PracticeErrorCodes.TaskCancelReasonRequired, "Cancelling a task needs a reason.", target: Key);
        }

        return Close(PracticeTaskStatus.Cancelled, by, at, reason);
    }

    /// <inheritdoc />
    public PracticeTask WithVersion(long version) =>
        new(Id, Kind, Subject, ClientId, AssignedTo, CreatedAt, DueAt, RuleId, Reason, Status, ClosedAt, ClosedBy, ClosingNote, version);

    /// <inheritdoc />
    public bool Equals(PracticeTask? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Subject == other.Subject && ClientId == other.ClientId
        && AssignedTo == other.AssignedTo && CreatedAt == other.CreatedAt && DueAt == other.DueAt && RuleId == other.RuleId
        && Reason == other.Reason && Status == other.Status && ClosedAt == other.ClosedAt && ClosedBy == other.ClosedBy
        && ClosingNote == other.ClosingNote && Version == other.Version;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PracticeTask);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Status, Version);

    /// <summary>Compares two tasks.</summary>
    /// <param name="left">The first task.</param>
    /// <param name="right">The second task.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PracticeTask? left, PracticeTask? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two tasks.</summary>
    /// <param name="left">The first task.</param>
    /// <param name="right">The second task.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PracticeTask? left, PracticeTask? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Kind} {Status} due {DueAt}";

    private Result<PracticeTask> Close(PracticeTaskStatus status, UserId by, Instant at, string? note)
    {
        if (Status != PracticeTaskStatus.Open)
        {
            return new DomainError(PracticeErrorCodes.TaskNotOpen, $"Task {Key} is already {Status}.", target: Key);
        }

        if (at < CreatedAt)
        {
            return new DomainError(PracticeErrorCodes.TaskClosedBeforeCreated, $"Task {Key} cannot be closed before it was created.", target: Key);
        }

        return new PracticeTask(Id, Kind, Subject, ClientId, AssignedTo, CreatedAt, DueAt, RuleId, Reason, status, at, by, note, Version);
    }
}

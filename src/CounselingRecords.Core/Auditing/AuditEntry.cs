using CounselingRecords.Access;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Auditing;

/// <summary>
/// One audited activity: who did what to which record, when, for which client, and how it ended (R7.15).
/// An entry names ids, roles and rule ids only; it never holds clinical content.
/// </summary>
public sealed class AuditEntry : IEquatable<AuditEntry>
{
    /// <summary>Initializes a new instance of the <see cref="AuditEntry"/> class.</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="occurredAt">When the activity happened.</param>
    /// <param name="actorUserId">The user who acted.</param>
    /// <param name="actorRoles">The roles the user acted in.</param>
    /// <param name="action">The activity.</param>
    /// <param name="category">The class of record.</param>
    /// <param name="record">The record.</param>
    /// <param name="clientId">The client whose record it is, if any.</param>
    /// <param name="outcome">How it ended.</param>
    /// <param name="ruleId">The access or business rule that decided, if any.</param>
    /// <param name="reason">A reason without clinical content (for example the break-the-glass reason category), if any.</param>
    /// <param name="source">Where the activity came from (workstation, application, address), if the host supplies it.</param>
    public AuditEntry(
        AuditEntryId id,
        Instant occurredAt,
        UserId actorUserId,
        Role actorRoles,
        AuditAction action,
        AuditCategory category,
        RecordReference record,
        ClientId? clientId,
        AuditOutcome outcome,
        string? ruleId = null,
        string? reason = null,
        string? source = null)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("An audit entry needs an id.", nameof(id));
        }

        if (actorUserId.Value == Guid.Empty)
        {
            throw new ArgumentException("An audit entry needs the acting user.", nameof(actorUserId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordType, nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordId, nameof(record));
        Id = id;
        OccurredAt = occurredAt;
        ActorUserId = actorUserId;
        ActorRoles = actorRoles;
        Action = action;
        Category = category;
        Record = record;
        ClientId = clientId;
        Outcome = outcome;
        RuleId = ruleId;
        Reason = reason;
        Source = source;
    }

    /// <summary>Gets the entry id.</summary>
    public AuditEntryId Id { get; }

    /// <summary>Gets when the activity happened.</summary>
    public Instant OccurredAt { get; }

    /// <summary>Gets the user who acted.</summary>
    public UserId ActorUserId { get; }

    /// <summary>Gets the roles the user acted in.</summary>
    public Role ActorRoles { get; }

    /// <summary>Gets the activity.</summary>
    public AuditAction Action { get; }

    /// <summary>Gets the class of record.</summary>
    public AuditCategory Category { get; }

    /// <summary>Gets the record.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the client whose record it is, if any.</summary>
    public ClientId? ClientId { get; }

    /// <summary>Gets how the activity ended.</summary>
    public AuditOutcome Outcome { get; }

    /// <summary>Gets the rule that decided, if any.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the reason, if any.</summary>
    public string? Reason { get; }

    /// <summary>Gets where the activity came from, if known.</summary>
    public string? Source { get; }

    /// <summary>Creates an entry for an actor.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="occurredAt">When.</param>
    /// <param name="actor">Who.</param>
    /// <param name="action">What.</param>
    /// <param name="category">The class of record.</param>
    /// <param name="record">Which record.</param>
    /// <param name="clientId">Whose record.</param>
    /// <param name="outcome">How it ended.</param>
    /// <param name="ruleId">The deciding rule.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The entry.</returns>
    public static AuditEntry For(
        IIdGenerator ids,
        Instant occurredAt,
        Actor actor,
        AuditAction action,
        AuditCategory category,
        RecordReference record,
        ClientId? clientId,
        AuditOutcome outcome,
        string? ruleId = null,
        string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(actor);
        return new AuditEntry(ids.New<AuditEntryId>(), occurredAt, actor.UserId, actor.Roles, action, category, record, clientId, outcome, ruleId, reason);
    }

    /// <inheritdoc />
    public bool Equals(AuditEntry? other) =>
        other is not null && Id == other.Id && OccurredAt == other.OccurredAt && ActorUserId == other.ActorUserId
        && ActorRoles == other.ActorRoles && Action == other.Action && Category == other.Category && Record == other.Record
        && ClientId == other.ClientId && Outcome == other.Outcome && RuleId == other.RuleId && Reason == other.Reason
        && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuditEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, OccurredAt, Action, Record);

    /// <summary>Compares two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AuditEntry? left, AuditEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AuditEntry? left, AuditEntry? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{OccurredAt} {ActorUserId} {Action} {Record} {Outcome}";
}

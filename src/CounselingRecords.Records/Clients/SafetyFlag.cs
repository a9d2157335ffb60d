using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;
using NodaTime;

namespace CounselingRecords.Records.Clients;

/// <summary>
/// A safety flag on a client's record, raised by a positive risk screen in a signed record and carried forward
/// into every later session note until a clinician clears it with a reason (R8.2).
/// </summary>
[ProtectedHealthInformation]
public sealed class SafetyFlag
{
    /// <summary>Initializes a new instance of the <see cref="SafetyFlag"/> class.</summary>
    /// <param name="kind">The risk.</param>
    /// <param name="source">The signed record whose screen raised it.</param>
    /// <param name="raisedAt">When it was raised.</param>
    /// <param name="clearedAt">When it was cleared, if it was.</param>
    /// <param name="clearedBy">Who cleared it.</param>
    /// <param name="clearReason">Why it was cleared.</param>
    public SafetyFlag(SafetyFlagKind kind, RecordReference source, Instant raisedAt, Instant? clearedAt, ClinicianId? clearedBy, string? clearReason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source.RecordType, nameof(source));
        var cleared = clearedAt is not null;
        if (cleared != (clearedBy is not null) || cleared == string.IsNullOrWhiteSpace(clearReason))
        {
            throw new ArgumentException("A cleared flag names who cleared it, when and why; an active one names none of these.", nameof(clearedAt));
        }

        if (clearedAt < raisedAt)
        {
            throw new ArgumentException("A flag is cleared after it was raised.", nameof(clearedAt));
        }

        Kind = kind;
        Source = source;
        RaisedAt = raisedAt;
        ClearedAt = clearedAt;
        ClearedBy = clearedBy;
        ClearReason = clearReason;
    }

    /// <summary>Gets the risk.</summary>
    public SafetyFlagKind Kind { get; }

    /// <summary>Gets the record that raised it.</summary>
    public RecordReference Source { get; }

    /// <summary>Gets when it was raised.</summary>
    public Instant RaisedAt { get; }

    /// <summary>Gets when it was cleared.</summary>
    public Instant? ClearedAt { get; }

    /// <summary>Gets who cleared it.</summary>
    public ClinicianId? ClearedBy { get; }

    /// <summary>Gets why it was cleared.</summary>
    public string? ClearReason { get; }

    /// <summary>Returns whether the flag is still active.</summary>
    /// <returns><see langword="true"/> until cleared.</returns>
    public bool IsActive() => ClearedAt is null;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} from {Source}{(ClearedAt is null ? string.Empty : " (cleared)")}";
}

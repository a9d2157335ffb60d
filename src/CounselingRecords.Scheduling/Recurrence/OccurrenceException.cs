using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// A change to one occurrence of a series, keyed by the occurrence's original local start (its recurrence id,
/// like RFC 5545's RECURRENCE-ID): cancelled, or moved to another local start in the series' zone (S5.5).
/// </summary>
public sealed record OccurrenceException
{
    /// <summary>Initializes a new instance of the <see cref="OccurrenceException"/> class.</summary>
    /// <param name="occurrenceId">The occurrence's original local start.</param>
    /// <param name="kind">Cancelled or moved.</param>
    /// <param name="movedTo">For a move, the new local start; otherwise <see langword="null"/>.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="recordedAt">When.</param>
    /// <param name="reason">A short administrative reason code, never clinical content.</param>
    public OccurrenceException(LocalDateTime occurrenceId, OccurrenceExceptionKind kind, LocalDateTime? movedTo, UserId recordedBy, Instant recordedAt, string? reason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        if ((kind == OccurrenceExceptionKind.Moved) != (movedTo is not null))
        {
            throw new ArgumentException("A moved occurrence names its new start; a cancelled one does not.", nameof(movedTo));
        }

        OccurrenceId = occurrenceId;
        Kind = kind;
        MovedTo = movedTo;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Reason = reason;
    }

    /// <summary>Gets the occurrence's original local start.</summary>
    public LocalDateTime OccurrenceId { get; }

    /// <summary>Gets what the exception does.</summary>
    public OccurrenceExceptionKind Kind { get; }

    /// <summary>Gets the new local start of a moved occurrence.</summary>
    public LocalDateTime? MovedTo { get; }

    /// <summary>Gets who recorded it.</summary>
    public UserId RecordedBy { get; }

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets the reason code, if any.</summary>
    public string? Reason { get; }
}

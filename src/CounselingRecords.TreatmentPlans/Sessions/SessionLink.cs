using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Sessions;

/// <summary>A session note that worked on objectives of the plan: the note, the session date and the objectives it names.</summary>
[ProtectedHealthInformation]
public sealed record SessionLink
{
    /// <summary>Initializes a new instance of the <see cref="SessionLink"/> class.</summary>
    /// <param name="note">The session note.</param>
    /// <param name="sessionDate">The date of the session.</param>
    /// <param name="objectives">The objectives the note says it worked on, at least one, each once.</param>
    /// <param name="recordedAt">When the link was recorded.</param>
    public SessionLink(NoteId note, LocalDate sessionDate, ImmutableArray<ObjectiveId> objectives, Instant recordedAt)
    {
        Note = Internal.NotEmpty(note, nameof(note));
        SessionDate = sessionDate;
        Objectives = objectives.OrEmpty();
        if (Objectives.IsEmpty || Objectives.Any(o => o.Value == Guid.Empty) || Objectives.Distinct().Count() != Objectives.Length)
        {
            throw new ArgumentException("A session link names at least one objective, each once.", nameof(objectives));
        }

        RecordedAt = recordedAt;
    }

    /// <summary>Gets the session note.</summary>
    public NoteId Note { get; }

    /// <summary>Gets the date of the session.</summary>
    public LocalDate SessionDate { get; }

    /// <summary>Gets the objectives the note worked on.</summary>
    public ImmutableArray<ObjectiveId> Objectives { get; }

    /// <summary>Gets when the link was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <inheritdoc />
    public bool Equals(SessionLink? other) =>
        other is not null && Note == other.Note && SessionDate == other.SessionDate && Internal.SequenceEquals(Objectives, other.Objectives)
        && RecordedAt == other.RecordedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Note, SessionDate, Objectives.Length);

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"SessionLink {Note}");
}

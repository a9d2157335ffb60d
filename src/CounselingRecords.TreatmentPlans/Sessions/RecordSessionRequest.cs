using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Sessions;

/// <summary>A session note naming the objectives it worked on, checked by <see cref="RecordSessionRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record RecordSessionRequest
{
    /// <summary>Gets the session note.</summary>
    public NoteId Note { get; init; }

    /// <summary>Gets the date of the session.</summary>
    public LocalDate SessionDate { get; init; }

    /// <summary>Gets the objectives the note worked on.</summary>
    public IReadOnlyList<ObjectiveId> Objectives { get; init; } = [];

    /// <summary>Gets when the link is recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"RecordSessionRequest {Note}");
}

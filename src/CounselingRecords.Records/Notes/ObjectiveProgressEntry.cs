using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Clinical;

namespace CounselingRecords.Records.Notes;

/// <summary>Progress toward one treatment-plan objective, named by id, as documented in a session (R7.5).</summary>
[ProtectedHealthInformation]
public sealed class ObjectiveProgressEntry
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveProgressEntry"/> class.</summary>
    /// <param name="objectiveId">The treatment-plan objective.</param>
    /// <param name="rating">How the client is doing on it.</param>
    /// <param name="comment">The clinician's comment, if any.</param>
    public ObjectiveProgressEntry(ObjectiveId objectiveId, ProgressRating rating, string? comment)
    {
        ObjectiveId = objectiveId;
        Rating = rating;
        Comment = comment;
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId ObjectiveId { get; }

    /// <summary>Gets the rating.</summary>
    public ProgressRating Rating { get; }

    /// <summary>Gets the comment.</summary>
    public string? Comment { get; }

    /// <inheritdoc />
    public override string ToString() => $"ObjectiveProgressEntry {ObjectiveId} ({Rating})";
}

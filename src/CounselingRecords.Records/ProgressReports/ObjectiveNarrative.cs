using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.ProgressReports;

/// <summary>An edited narrative for one objective of a progress report.</summary>
[ProtectedHealthInformation]
public sealed class ObjectiveNarrative
{
    /// <summary>Initializes a new instance of the <see cref="ObjectiveNarrative"/> class.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="narrative">The narrative.</param>
    public ObjectiveNarrative(ObjectiveId objectiveId, string? narrative)
    {
        ObjectiveId = objectiveId;
        Narrative = narrative;
    }

    /// <summary>Gets the objective.</summary>
    public ObjectiveId ObjectiveId { get; }

    /// <summary>Gets the narrative.</summary>
    public string? Narrative { get; }

    /// <inheritdoc />
    public override string ToString() => $"ObjectiveNarrative {ObjectiveId}";
}

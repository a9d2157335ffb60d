using System.Collections.Immutable;
using CounselingRecords.Practice.Tasks;

namespace CounselingRecords.Practice.ComplaintHandling;

/// <summary>The tasks opened for a complaint and, for an open billing complaint, the hold on the client's collections.</summary>
/// <param name="Opened">The tasks opened: acknowledge (while unacknowledged), investigate, respond, each due at the complaint's deadline.</param>
/// <param name="Hold">The collections hold of a billing complaint, or <see langword="null"/>.</param>
public sealed record ComplaintTasks(ImmutableArray<PracticeTask> Opened, CollectionsHold? Hold)
{
    /// <inheritdoc />
    public override string ToString() => $"ComplaintTasks ({Opened.Length} opened{(Hold is null ? string.Empty : ", collections held")})";
}

using System.Collections.Immutable;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>An index over several indexed columns, in order (for example <c>clinician_id, start</c> for the clinician-day query).</summary>
/// <param name="Name">The index name (lower-case snake case).</param>
/// <param name="Columns">The column names, in index order.</param>
public sealed record CompositeIndex(string Name, ImmutableArray<string> Columns)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({string.Join(", ", Columns)})";
}

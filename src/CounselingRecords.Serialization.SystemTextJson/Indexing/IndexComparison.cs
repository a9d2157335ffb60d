namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>
/// The comparisons a pre-filter uses. There are no strict comparisons: a pre-filter only has to keep every
/// match (the specification is re-checked exactly in memory), and encodings such as Unix ticks round down,
/// so <c>&lt;</c> and <c>&gt;</c> are widened to <c>&lt;=</c> and <c>&gt;=</c>.
/// </summary>
public enum IndexComparison
{
    /// <summary>The column equals the value.</summary>
    Equal,

    /// <summary>The column is at most the value.</summary>
    AtMost,

    /// <summary>The column is at least the value.</summary>
    AtLeast,
}

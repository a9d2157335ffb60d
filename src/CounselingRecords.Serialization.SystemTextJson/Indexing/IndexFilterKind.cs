namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>The node kinds of an <see cref="IndexFilter"/>.</summary>
public enum IndexFilterKind
{
    /// <summary>No restriction: every stored document is a candidate.</summary>
    All,

    /// <summary>A column compared with one value (<see cref="IndexFilter.Comparison"/>).</summary>
    Compare,

    /// <summary>The column is null.</summary>
    IsNull,

    /// <summary>The column equals one of <see cref="IndexFilter.Values"/>.</summary>
    In,

    /// <summary>Every operand holds.</summary>
    And,

    /// <summary>At least one operand holds.</summary>
    Or,

    /// <summary>The <see cref="IndexValueKind.TextSet"/> column holds the item <see cref="IndexFilter.Values"/>[0]
    /// (already encoded as the search token <c>|item|</c>: a substring test).</summary>
    Contains,
}

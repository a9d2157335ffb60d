namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>
/// A value extracted from each document into its own indexed column, so that specifications filtering on it
/// can be pre-filtered by the store.
/// </summary>
public sealed class IndexedColumn : IEquatable<IndexedColumn>
{
    internal IndexedColumn(string name, IndexValueKind kind, string memberPath, Type valueType)
    {
        Name = name;
        Kind = kind;
        MemberPath = memberPath;
        ValueType = valueType;
    }

    /// <summary>Gets the column name (lower-case snake case, for example <c>clinician_id</c>).</summary>
    public string Name { get; }

    /// <summary>Gets how values are stored.</summary>
    public IndexValueKind Kind { get; }

    /// <summary>Gets the aggregate member the value comes from, for example <c>Slot.Start</c>.</summary>
    public string MemberPath { get; }

    /// <summary>Gets the member's type.</summary>
    public Type ValueType { get; }

    /// <inheritdoc />
    public bool Equals(IndexedColumn? other) =>
        other is not null && Name == other.Name && Kind == other.Kind && MemberPath == other.MemberPath && ValueType == other.ValueType;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndexedColumn);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Kind, MemberPath);

    /// <summary>Compares two columns.</summary>
    /// <param name="left">The first column.</param>
    /// <param name="right">The second column.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndexedColumn? left, IndexedColumn? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two columns.</summary>
    /// <param name="left">The first column.</param>
    /// <param name="right">The second column.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IndexedColumn? left, IndexedColumn? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}) <- {MemberPath}";
}

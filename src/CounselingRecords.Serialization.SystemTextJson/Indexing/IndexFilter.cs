using System.Collections.Immutable;
using System.Text;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>
/// An adapter-neutral pre-filter over indexed columns: a small tree of comparisons joined by AND and OR. Values
/// are already encoded for their column (<see cref="string"/> for <see cref="IndexValueKind.Text"/>,
/// <see cref="long"/> for <see cref="IndexValueKind.Integer"/>). A pre-filter keeps at least every document the
/// specification matches (it may keep more); adapters evaluate it in their store and then re-check the full
/// specification in memory. <see cref="ToString"/> prints it in SQL form with <c>?</c> for values.
/// </summary>
public sealed class IndexFilter : IEquatable<IndexFilter>
{
    private IndexFilter(IndexFilterKind kind, string? column, IndexComparison comparison, ImmutableArray<object> values, ImmutableArray<IndexFilter> operands)
    {
        Kind = kind;
        Column = column;
        Comparison = comparison;
        Values = values;
        Operands = operands;
    }

    /// <summary>Gets the filter that keeps every document.</summary>
    public static IndexFilter All { get; } = new(IndexFilterKind.All, null, IndexComparison.Equal, [], []);

    /// <summary>Gets the node kind.</summary>
    public IndexFilterKind Kind { get; }

    /// <summary>Gets the column of a <see cref="IndexFilterKind.Compare"/>, <see cref="IndexFilterKind.IsNull"/> or <see cref="IndexFilterKind.In"/> node.</summary>
    public string? Column { get; }

    /// <summary>Gets the comparison of a <see cref="IndexFilterKind.Compare"/> node.</summary>
    public IndexComparison Comparison { get; }

    /// <summary>Gets the encoded values: one for <see cref="IndexFilterKind.Compare"/>, any number for <see cref="IndexFilterKind.In"/>.</summary>
    public ImmutableArray<object> Values { get; }

    /// <summary>Gets the operands of an <see cref="IndexFilterKind.And"/> or <see cref="IndexFilterKind.Or"/> node.</summary>
    public ImmutableArray<IndexFilter> Operands { get; }

    /// <summary>Gets a value indicating whether the filter keeps every document.</summary>
    public bool IsAll => Kind == IndexFilterKind.All;

    /// <summary>Compares an encoded column value.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="encodedValue">The encoded value (<see cref="string"/> or <see cref="long"/>).</param>
    /// <returns>The filter.</returns>
    public static IndexFilter Compare(string column, IndexComparison comparison, object encodedValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        CheckEncoded(encodedValue);
        return new IndexFilter(IndexFilterKind.Compare, column, comparison, [encodedValue], []);
    }

    /// <summary>Keeps documents whose column is null.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The filter.</returns>
    public static IndexFilter IsNull(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        return new IndexFilter(IndexFilterKind.IsNull, column, IndexComparison.Equal, [], []);
    }

    /// <summary>Keeps documents whose column equals one of the encoded values.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="encodedValues">The encoded values.</param>
    /// <returns>The filter (one that keeps nothing for an empty list).</returns>
    public static IndexFilter In(string column, IEnumerable<object> encodedValues)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentNullException.ThrowIfNull(encodedValues);
        var values = encodedValues.ToImmutableArray();
        foreach (var value in values)
        {
            CheckEncoded(value);
        }

        return new IndexFilter(IndexFilterKind.In, column, IndexComparison.Equal, values, []);
    }

    /// <summary>Keeps documents whose <see cref="IndexValueKind.TextSet"/> column holds an item.</summary>
    /// <param name="column">The column name.</param>
    /// <param name="itemToken">The item as its search token, <c>|item|</c> (<see cref="IndexFilterBuilder{T}.Contains"/> builds it).</param>
    /// <returns>The filter.</returns>
    public static IndexFilter Contains(string column, string itemToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        ArgumentException.ThrowIfNullOrEmpty(itemToken);
        if (itemToken.Length < 3 || itemToken[0] != '|' || itemToken[^1] != '|')
        {
            throw new ArgumentException("A set item token is the item's text between two '|' characters.", nameof(itemToken));
        }

        return new IndexFilter(IndexFilterKind.Contains, column, IndexComparison.Equal, [itemToken], []);
    }

    /// <summary>Joins filters that must all hold; <see cref="All"/> operands are dropped.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The conjunction.</returns>
    public static IndexFilter And(params IndexFilter[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var operands = filters.SelectMany(f => f.Kind == IndexFilterKind.And ? f.Operands : [f]).Where(f => !f.IsAll).ToImmutableArray();
        return operands.Length switch
        {
            0 => All,
            1 => operands[0],
            _ => new IndexFilter(IndexFilterKind.And, null, IndexComparison.Equal, [], operands),
        };
    }

    /// <summary>Joins filters of which one must hold; if any operand is <see cref="All"/>, so is the result.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The disjunction.</returns>
    public static IndexFilter Or(params IndexFilter[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Length == 0 || filters.Any(f => f.IsAll))
        {
            return All;
        }

        var operands = filters.SelectMany(f => f.Kind == IndexFilterKind.Or ? f.Operands : [f]).ToImmutableArray();
        return operands.Length == 1 ? operands[0] : new IndexFilter(IndexFilterKind.Or, null, IndexComparison.Equal, [], operands);
    }

    /// <summary>Evaluates the filter against a document's encoded column values (what an adapter without SQL does).</summary>
    /// <param name="columnValue">Returns the encoded value of a column for the document (null when the column is null).</param>
    /// <returns><see langword="true"/> when the document is kept.</returns>
    public bool Matches(Func<string, object?> columnValue)
    {
        ArgumentNullException.ThrowIfNull(columnValue);
        return Kind switch
        {
            IndexFilterKind.All => true,
            IndexFilterKind.IsNull => columnValue(Column!) is null,
            IndexFilterKind.In => columnValue(Column!) is { } v && Values.Any(x => x.Equals(v)),
            IndexFilterKind.Contains => columnValue(Column!) is string set && set.Contains((string)Values[0], StringComparison.Ordinal),
            IndexFilterKind.Compare => columnValue(Column!) is { } value && CompareEncoded(value, Values[0]) is { } order && Comparison switch
            {
                IndexComparison.Equal => order == 0,
                IndexComparison.AtMost => order <= 0,
                _ => order >= 0,
            },
            IndexFilterKind.And => Operands.All(o => o.Matches(columnValue)),
            _ => Operands.Any(o => o.Matches(columnValue)),
        };
    }

    /// <inheritdoc />
    public bool Equals(IndexFilter? other) =>
        other is not null && Kind == other.Kind && Column == other.Column && Comparison == other.Comparison
        && Values.SequenceEqual(other.Values) && Operands.SequenceEqual(other.Operands);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndexFilter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Column, Comparison, Values.Length, Operands.Length);

    /// <summary>Compares two filters.</summary>
    /// <param name="left">The first filter.</param>
    /// <param name="right">The second filter.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndexFilter? left, IndexFilter? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two filters.</summary>
    /// <param name="left">The first filter.</param>
    /// <param name="right">The second filter.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IndexFilter? left, IndexFilter? right) => !(left == right);

    /// <summary>Returns the filter in SQL form with <c>?</c> for values, for example <c>clinician_id = ? AND start &gt;= ?</c>
    /// (<c>clients HAS ?</c> for <see cref="IndexFilterKind.Contains"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text, nested: false);
        return text.ToString();
    }

    private static int? CompareEncoded(object left, object right) => (left, right) switch
    {
        (long a, long b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        _ => null,
    };

    private static void CheckEncoded(object? value)
    {
        if (value is not (string or long))
        {
            throw new ArgumentException("An encoded index value is a string or a long; encode values through IndexFilterBuilder or DocumentType.EncodeColumnValue.", nameof(value));
        }
    }

    private void Write(StringBuilder text, bool nested)
    {
        switch (Kind)
        {
            case IndexFilterKind.All:
                text.Append("TRUE");
                break;
            case IndexFilterKind.IsNull:
                text.Append(Column).Append(" IS NULL");
                break;
            case IndexFilterKind.In:
                text.Append(Column).Append(" IN (").Append(string.Join(", ", Values.Select(_ => "?"))).Append(')');
                break;
            case IndexFilterKind.Contains:
                text.Append(Column).Append(" HAS ?");
                break;
            case IndexFilterKind.Compare:
                text.Append(Column).Append(Comparison switch
                {
                    IndexComparison.Equal => " = ?",
                    IndexComparison.AtMost => " <= ?",
                    _ => " >= ?",
                });
                break;
            default:
                if (nested)
                {
                    text.Append('(');
                }

                var separator = Kind == IndexFilterKind.And ? " AND " : " OR ";
                for (var i = 0; i < Operands.Length; i++)
                {
                    text.Append(i == 0 ? string.Empty : separator);
                    Operands[i].Write(text, nested: true);
                }

                if (nested)
                {
                    text.Append(')');
                }

                break;
        }

    }
}

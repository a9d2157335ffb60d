using System.Linq.Expressions;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>Builds an <see cref="IndexFilter"/> over a document type's indexed members, encoding values for their columns.</summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public sealed class IndexFilterBuilder<T>
{
    private readonly IReadOnlyList<ColumnBinding<T>> _columns;

    internal IndexFilterBuilder(IReadOnlyList<ColumnBinding<T>> columns) => _columns = columns;

    /// <summary>Keeps documents whose member equals <paramref name="value"/> (null: whose member is null).</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="member">An indexed member, for example <c>x =&gt; x.ClinicianId</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    public IndexFilter Equal<TValue>(Expression<Func<T, TValue>> member, TValue value)
    {
        var (column, encoded) = Encode(member, value);
        return encoded is null ? IndexFilter.IsNull(column) : IndexFilter.Compare(column, IndexComparison.Equal, encoded);
    }

    /// <summary>Keeps documents whose member is at least <paramref name="low"/> (an integer-encoded member).</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="member">An indexed member.</param>
    /// <param name="low">The lowest value kept.</param>
    /// <returns>The filter.</returns>
    public IndexFilter AtLeast<TValue>(Expression<Func<T, TValue>> member, TValue low) => Range(member, low, IndexComparison.AtLeast);

    /// <summary>Keeps documents whose member is at most <paramref name="high"/> (an integer-encoded member).</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="member">An indexed member.</param>
    /// <param name="high">The highest value kept; for an exclusive bound pass the bound itself: the specification removes the extra matches.</param>
    /// <returns>The filter.</returns>
    public IndexFilter AtMost<TValue>(Expression<Func<T, TValue>> member, TValue high) => Range(member, high, IndexComparison.AtMost);

    /// <summary>Keeps documents whose member lies in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="member">An indexed member.</param>
    /// <param name="low">The lowest value kept.</param>
    /// <param name="high">The highest value kept.</param>
    /// <returns>The filter.</returns>
    public IndexFilter Between<TValue>(Expression<Func<T, TValue>> member, TValue low, TValue high) =>
        IndexFilter.And(AtLeast(member, low), AtMost(member, high));

    /// <summary>Keeps documents whose member equals one of <paramref name="values"/>.</summary>
    /// <typeparam name="TValue">The member type.</typeparam>
    /// <param name="member">An indexed member.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    public IndexFilter In<TValue>(Expression<Func<T, TValue>> member, IEnumerable<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var binding = Find(member);
        var encoded = values.Select(v => binding.TryEncode(v, out var e) && e is not null ? e : throw Unencodable(binding)).ToList();
        return IndexFilter.In(binding.Column.Name, encoded);
    }

    /// <summary>Keeps documents whose list member (a <see cref="IndexValueKind.TextSet"/> column) contains <paramref name="item"/>.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="member">An indexed list member, for example <c>x =&gt; x.Clients</c>.</param>
    /// <param name="item">The item.</param>
    /// <returns>The filter.</returns>
    public IndexFilter Contains<TItem>(Expression<Func<T, IEnumerable<TItem>>> member, TItem item)
    {
        var binding = Find(member);
        return binding.Column.Kind == IndexValueKind.TextSet && binding.TryEncodeItem(item, out var token)
            ? IndexFilter.Contains(binding.Column.Name, token!)
            : throw new ArgumentException($"{binding.Column.Name} is not a set column of {typeof(TItem).Name} items, or the item cannot be encoded.", nameof(member));
    }

    private static ArgumentException Unencodable(ColumnBinding<T> binding) =>
        new($"The value cannot be encoded for column {binding.Column.Name}.");

    private IndexFilter Range<TValue>(Expression<Func<T, TValue>> member, TValue bound, IndexComparison comparison)
    {
        var (column, encoded) = Encode(member, bound);
        if (encoded is not long)
        {
            throw new ArgumentException($"Column {column} is not integer-encoded or the bound is null; only equality filters apply to it.", nameof(member));
        }

        return IndexFilter.Compare(column, comparison, encoded);
    }

    private (string Column, object? Encoded) Encode<TValue>(Expression<Func<T, TValue>> member, TValue value)
    {
        var binding = Find(member);
        return binding.TryEncode(value, out var encoded) ? (binding.Column.Name, encoded) : throw Unencodable(binding);
    }

    private ColumnBinding<T> Find(LambdaExpression member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var path = ColumnBinding<T>.MemberPath(member);
        return _columns.FirstOrDefault(c => c.Matches(path))
            ?? throw new ArgumentException($"{string.Join('.', path.Select(m => m.Name))} is not an indexed member; declare it with Column first.", nameof(member));
    }
}

using System.Linq.Expressions;
using System.Reflection;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>An indexed column with what it takes to fill it from an aggregate and to match it in a specification.</summary>
/// <typeparam name="T">The aggregate type.</typeparam>
internal sealed class ColumnBinding<T>
{
    private readonly Func<T, object?> _read;
    private readonly Func<object, object?> _encode;
    private readonly Type? _itemType;
    private readonly Func<object, object>? _encodeItem;

    public ColumnBinding(IndexedColumn column, IReadOnlyList<MemberInfo> path, Func<T, object?> read, Func<object, object?> encode, Type? itemType = null, Func<object, object>? encodeItem = null)
    {
        Column = column;
        Path = path;
        _read = read;
        _encode = encode;
        _itemType = itemType;
        _encodeItem = encodeItem;
    }

    public IndexedColumn Column { get; }

    public IReadOnlyList<MemberInfo> Path { get; }

    public object? ValueOf(T aggregate) => _read(aggregate) is { } value ? _encode(value) : null;

    /// <summary>Encodes a value of the member's type; null when the value cannot be encoded for this column.</summary>
    public bool TryEncode(object? value, out object? encoded)
    {
        encoded = null;
        if (value is null)
        {
            return true;
        }

        var target = Nullable.GetUnderlyingType(Column.ValueType) ?? Column.ValueType;
        if (target.IsEnum && value.GetType() != target)
        {
            if (!IsInteger(value))
            {
                return false;
            }

            value = Enum.ToObject(target, value);
        }

        if (value.GetType() != target)
        {
            return false;
        }

        encoded = _encode(value);
        return true;
    }

    /// <summary>Encodes one item of a <see cref="IndexValueKind.TextSet"/> column as its search token; false for other columns or values.</summary>
    public bool TryEncodeItem(object? value, out string? token)
    {
        token = null;
        if (_itemType is null || _encodeItem is null || value is null)
        {
            return false;
        }

        var target = Nullable.GetUnderlyingType(_itemType) ?? _itemType;
        if (value.GetType() != target)
        {
            return false;
        }

        token = IndexEncoding.SetToken((string)_encodeItem(value));
        return true;
    }

    public bool Matches(IReadOnlyList<MemberInfo> path) =>
        path.Count == Path.Count && path.Zip(Path).All(pair => SameMember(pair.First, pair.Second));

    public static bool SameMember(MemberInfo left, MemberInfo right) =>
        left.Name == right.Name && left.DeclaringType == right.DeclaringType;

    /// <summary>Reads the member chain of <c>x =&gt; x.A.B</c>; throws when the expression is anything else.</summary>
    public static IReadOnlyList<MemberInfo> MemberPath(LambdaExpression member)
    {
        var path = new List<MemberInfo>();
        var body = member.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        while (body is MemberExpression access)
        {
            path.Insert(0, access.Member);
            body = access.Expression!;
        }

        if (body != member.Parameters[0] || path.Count == 0)
        {
            throw new ArgumentException("An indexed column is a property chain of the aggregate, such as x => x.ClinicianId or x => x.Slot.Start.", nameof(member));
        }

        return path;
    }

    private static bool IsInteger(object value) => value is int or long or short or byte or sbyte or ushort or uint or ulong;
}

using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>
/// Turns the <c>Where</c> clauses of a specification into an <see cref="IndexFilter"/> over indexed columns.
/// Only parts that compare an indexed member with a value computed without the aggregate are used; anything
/// else counts as "true". The result therefore keeps every match (it may keep more), which is why stores always
/// re-check the full specification in memory. Supported shapes, joined by <c>&amp;&amp;</c> and <c>||</c>:
/// <c>x.M == v</c> (and <c>v == x.M</c>), <c>x.M &lt; v</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> on integer-encoded
/// columns, <c>x.M == null</c>, a Boolean member <c>x.Flag</c> or <c>!x.Flag</c>, <c>values.Contains(x.M)</c>, and
/// <c>x.List.Contains(v)</c> on a <see cref="IndexValueKind.TextSet"/> column.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
internal sealed class PreFilterTranslator<T>
{
    private readonly IReadOnlyList<ColumnBinding<T>> _columns;

    public PreFilterTranslator(IReadOnlyList<ColumnBinding<T>> columns) => _columns = columns;

    public IndexFilter Translate(ISpecification<T> specification)
    {
        var parts = new List<IndexFilter>();
        foreach (var where in specification.WhereExpressions)
        {
            var filter = where.Filter;
            if (Visit(filter.Body, filter.Parameters[0]) is { } part)
            {
                parts.Add(part);
            }
        }

        return IndexFilter.And([.. parts]);
    }

    private static Expression Strip(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked, Method: null } convert)
        {
            expression = convert.Operand;
        }

        return expression;
    }

    private static (ExpressionType Type, bool Ok) Flip(ExpressionType type) => type switch
    {
        ExpressionType.Equal => (ExpressionType.Equal, true),
        ExpressionType.LessThan => (ExpressionType.GreaterThan, true),
        ExpressionType.LessThanOrEqual => (ExpressionType.GreaterThanOrEqual, true),
        ExpressionType.GreaterThan => (ExpressionType.LessThan, true),
        ExpressionType.GreaterThanOrEqual => (ExpressionType.LessThanOrEqual, true),
        _ => (type, false),
    };

    private IndexFilter? Visit(Expression expression, ParameterExpression parameter)
    {
        switch (expression.NodeType)
        {
            case ExpressionType.AndAlso:
            {
                var binary = (BinaryExpression)expression;
                var left = Visit(binary.Left, parameter);
                var right = Visit(binary.Right, parameter);
                return left is null ? right : right is null ? left : IndexFilter.And(left, right);
            }

            case ExpressionType.OrElse:
            {
                var binary = (BinaryExpression)expression;
                var left = Visit(binary.Left, parameter);
                var right = Visit(binary.Right, parameter);
                return left is null || right is null ? null : IndexFilter.Or(left, right);
            }

            case ExpressionType.Equal:
            case ExpressionType.LessThan:
            case ExpressionType.LessThanOrEqual:
            case ExpressionType.GreaterThan:
            case ExpressionType.GreaterThanOrEqual:
                return Comparison((BinaryExpression)expression, parameter);
            case ExpressionType.MemberAccess when expression.Type == typeof(bool):
                return Flag(expression, parameter, 1L);
            case ExpressionType.Not when expression.Type == typeof(bool):
                return Flag(((UnaryExpression)expression).Operand, parameter, 0L);
            case ExpressionType.Call:
                return Contains((MethodCallExpression)expression, parameter);
            default:
                return null;
        }
    }

    private IndexFilter? Flag(Expression member, ParameterExpression parameter, long value) =>
        Column(member, parameter) is { Column.Kind: IndexValueKind.Integer } column && (Nullable.GetUnderlyingType(column.Column.ValueType) ?? column.Column.ValueType) == typeof(bool)
            ? IndexFilter.Compare(column.Column.Name, IndexComparison.Equal, value)
            : null;

    private IndexFilter? Comparison(BinaryExpression binary, ParameterExpression parameter)
    {
        var type = binary.NodeType;
        Expression memberSide = binary.Left, valueSide = binary.Right;
        if (!ValueEvaluator.References(memberSide, parameter))
        {
            (memberSide, valueSide) = (valueSide, memberSide);
            (type, var ok) = Flip(type);
            if (!ok)
            {
                return null;
            }
        }

        if (ValueEvaluator.References(valueSide, parameter) || Column(memberSide, parameter) is not { } column || column.Column.Kind == IndexValueKind.TextSet
            || !ValueEvaluator.TryEvaluate(Strip(valueSide), out var raw) || !column.TryEncode(raw, out var encoded))
        {
            return null;
        }

        if (encoded is null)
        {
            return type == ExpressionType.Equal ? IndexFilter.IsNull(column.Column.Name) : null;
        }

        if (type == ExpressionType.Equal)
        {
            return IndexFilter.Compare(column.Column.Name, IndexComparison.Equal, encoded);
        }

        if (column.Column.Kind != IndexValueKind.Integer)
        {
            return null;
        }

        return IndexFilter.Compare(
            column.Column.Name,
            type is ExpressionType.LessThan or ExpressionType.LessThanOrEqual ? IndexComparison.AtMost : IndexComparison.AtLeast,
            encoded);
    }

    private IndexFilter? Contains(MethodCallExpression call, ParameterExpression parameter)
    {
        if (call.Method.Name != nameof(Enumerable.Contains))
        {
            return null;
        }

        Expression? source;
        Expression item;
        if (call.Object is null && call.Arguments.Count == 2)
        {
            (source, item) = (call.Arguments[0], call.Arguments[1]);
        }
        else if (call.Object is not null && call.Arguments.Count == 1)
        {
            (source, item) = (call.Object, call.Arguments[0]);
        }
        else
        {
            return null;
        }

        // C# 14 binds array.Contains(x) in expression trees to MemoryExtensions.Contains over an implicit span conversion.
        if (source is MethodCallExpression { Method.Name: "op_Implicit", Arguments.Count: 1 } implicitSpan && implicitSpan.Type.IsByRefLike)
        {
            source = implicitSpan.Arguments[0];
        }

        if (ValueEvaluator.References(source, parameter))
        {
            // x.List.Contains(v): a set column holding v.
            return !ValueEvaluator.References(item, parameter) && Column(source, parameter) is { Column.Kind: IndexValueKind.TextSet } set
                && ValueEvaluator.TryEvaluate(Strip(item), out var sought) && set.TryEncodeItem(sought, out var token)
                ? IndexFilter.Contains(set.Column.Name, token!)
                : null;
        }

        if (Column(item, parameter) is not { } column || column.Column.Kind == IndexValueKind.TextSet
            || !ValueEvaluator.TryEvaluate(Strip(source), out var values) || values is not IEnumerable items)
        {
            return null;
        }

        var encoded = new List<object>();
        var anyNull = false;
        foreach (var value in items)
        {
            if (!column.TryEncode(value, out var one))
            {
                return null;
            }

            if (one is null)
            {
                anyNull = true;
            }
            else
            {
                encoded.Add(one);
            }
        }

        var inList = IndexFilter.In(column.Column.Name, encoded);
        return anyNull ? IndexFilter.Or(inList, IndexFilter.IsNull(column.Column.Name)) : inList;
    }

    private ColumnBinding<T>? Column(Expression expression, ParameterExpression parameter)
    {
        var path = new List<MemberInfo>();
        var body = Strip(expression);
        while (body is MemberExpression access)
        {
            path.Insert(0, access.Member);
            body = access.Expression is null ? null! : Strip(access.Expression);
            if (body is null)
            {
                return null;
            }
        }

        return body == parameter && path.Count > 0 ? _columns.FirstOrDefault(c => c.Matches(path)) : null;
    }
}

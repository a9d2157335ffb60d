using System.Linq.Expressions;
using System.Reflection;

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>Evaluates the parameter-free side of a comparison in a specification (captured variables, constants).</summary>
internal static class ValueEvaluator
{
    public static bool References(Expression expression, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(expression);
        return finder.Found;
    }

    public static bool TryEvaluate(Expression expression, out object? value)
    {
        try
        {
            if (TryFast(expression, out value))
            {
                return true;
            }

            if (expression.Type.IsByRefLike)
            {
                value = null;
                return false;
            }

            var lambda = Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object)));
            value = lambda.Compile(preferInterpretation: true)();
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever a captured expression throws, the pre-filter simply does not use it; the specification is
            // still evaluated in memory, where the same exception surfaces to the caller.
            value = null;
            return false;
        }
    }

    private static bool TryFast(Expression expression, out object? value)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo field } access:
                if (access.Expression is null)
                {
                    value = field.GetValue(null);
                    return true;
                }

                if (TryFast(access.Expression, out var owner) && owner is not null)
                {
                    value = field.GetValue(owner);
                    return true;
                }

                break;
            case MemberExpression { Member: PropertyInfo property } access when property.GetIndexParameters().Length == 0:
                if (access.Expression is null)
                {
                    value = property.GetValue(null);
                    return true;
                }

                if (TryFast(access.Expression, out var target) && target is not null)
                {
                    value = property.GetValue(target);
                    return true;
                }

                break;
            case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert
                when Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type || convert.Type == typeof(object):
                return TryFast(convert.Operand, out value);
        }

        value = null;
        return false;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }
}

using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace CounselingRecords.Storage.InMemory.Evaluation;

/// <summary>
/// Compiles specification lambdas once per shape (see <see cref="ExpressionShape"/>) instead of once per
/// specification instance: compiling a lambda costs far more than evaluating it over the few candidates a
/// pre-filtered query returns. Bounded; past the bound, lambdas are compiled one by one as Ardalis does.
/// </summary>
internal static class CompiledExpressions
{
    private const int MaxShapes = 4096;
    private static readonly ConcurrentDictionary<string, Delegate> Shapes = new(StringComparer.Ordinal);

    public static Func<T, TResult> Compile<T, TResult>(Expression<Func<T, TResult>> lambda)
    {
        if (ExpressionShape.Describe(lambda) is not { } shape || (Shapes.Count >= MaxShapes && !Shapes.ContainsKey(shape.Key)))
        {
            return lambda.Compile();
        }

        var compiled = (Func<object?[], T, TResult>)Shapes.GetOrAdd(shape.Key, static (_, source) =>
        {
            var constants = Expression.Parameter(typeof(object?[]), "constants");
            var parameterized = ExpressionShape.Parameterize(source, constants);
            return Expression.Lambda<Func<object?[], T, TResult>>(parameterized.Body, [constants, .. parameterized.Parameters]).Compile();
        }, lambda);
        var values = shape.Constants;
        return item => compiled(values, item);
    }
}

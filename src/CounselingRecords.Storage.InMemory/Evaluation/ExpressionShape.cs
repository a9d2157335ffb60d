using System.Linq.Expressions;
using System.Text;

namespace CounselingRecords.Storage.InMemory.Evaluation;

/// <summary>
/// Describes an expression tree without its constant values (the shape), and rewrites it so that those values
/// come from an array. Two specifications of one class built with different arguments have one shape, so the
/// compiled delegate of the shape serves both. Only trees made of fully described node kinds get a shape; any
/// other tree is compiled on its own (never mistaken for another).
/// </summary>
internal sealed class ExpressionShape : ExpressionVisitor
{
    private readonly StringBuilder _key = new(256);
    private readonly List<object?> _constants = [];
    private readonly List<ParameterExpression> _parameters = [];
    private bool _unsupported;

    private ExpressionShape()
    {
    }

    /// <summary>Describes <paramref name="lambda"/>; returns null when it holds a node kind without a full description.</summary>
    public static (string Key, object?[] Constants)? Describe(LambdaExpression lambda)
    {
        var shape = new ExpressionShape();
        shape.Visit(lambda);
        return shape._unsupported ? null : (shape._key.ToString(), shape._constants.ToArray());
    }

    /// <summary>Rewrites <paramref name="lambda"/> so that its i-th constant is read from <paramref name="constants"/>[i].</summary>
    public static LambdaExpression Parameterize(LambdaExpression lambda, ParameterExpression constants) => (LambdaExpression)new Rewriter(constants).Visit(lambda);

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            _key.Append("null;");
            return null;
        }

        if (_unsupported)
        {
            return node;
        }

        _key.Append(node.NodeType).Append(':').Append(Name(node.Type)).Append('{');
        switch (node)
        {
            case ConstantExpression constant:
                _constants.Add(constant.Value);
                break;
            case ParameterExpression parameter:
                var index = _parameters.IndexOf(parameter);
                if (index < 0)
                {
                    index = _parameters.Count;
                    _parameters.Add(parameter);
                }

                _key.Append('p').Append(index);
                break;
            case MemberExpression member:
                _key.Append(Name(member.Member.DeclaringType)).Append('.').Append(member.Member.Name);
                Visit(member.Expression);
                break;
            case MethodCallExpression call:
                _key.Append(Name(call.Method.DeclaringType)).Append('.').Append(call.Method);
                Visit(call.Object);
                Visit(call.Arguments);
                break;
            case BinaryExpression binary:
                _key.Append(binary.Method).Append(binary.IsLiftedToNull);
                Visit(binary.Left);
                Visit(binary.Right);
                Visit(binary.Conversion);
                break;
            case UnaryExpression unary when unary.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Not
                or ExpressionType.Negate or ExpressionType.NegateChecked or ExpressionType.ArrayLength or ExpressionType.TypeAs or ExpressionType.Quote:
                _key.Append(unary.Method);
                Visit(unary.Operand);
                break;
            case LambdaExpression lambda:
                foreach (var parameter in lambda.Parameters)
                {
                    _parameters.Add(parameter);
                    _key.Append(Name(parameter.Type)).Append(',');
                }

                Visit(lambda.Body);
                break;
            case ConditionalExpression conditional:
                Visit(conditional.Test);
                Visit(conditional.IfTrue);
                Visit(conditional.IfFalse);
                break;
            case NewExpression create:
                _key.Append(create.Constructor);
                Visit(create.Arguments);
                break;
            case NewArrayExpression array when array.NodeType == ExpressionType.NewArrayInit:
                Visit(array.Expressions);
                break;
            case TypeBinaryExpression test:
                _key.Append(Name(test.TypeOperand));
                Visit(test.Expression);
                break;
            case DefaultExpression:
                break;
            default:
                _unsupported = true;
                break;
        }

        _key.Append('}');
        return node;
    }

    private static string Name(Type? type) => type?.AssemblyQualifiedName ?? type?.FullName ?? type?.Name ?? "?";

    private sealed class Rewriter(ParameterExpression constants) : ExpressionVisitor
    {
        private int _next;

        protected override Expression VisitConstant(ConstantExpression node) =>
            Expression.Convert(Expression.ArrayIndex(constants, Expression.Constant(_next++)), node.Type);
    }
}

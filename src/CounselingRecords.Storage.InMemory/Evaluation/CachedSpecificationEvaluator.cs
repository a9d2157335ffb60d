using Ardalis.Specification;

namespace CounselingRecords.Storage.InMemory.Evaluation;

/// <summary>
/// Ardalis' in-memory specification semantics (criteria, search, order, paging, post-processing, projection) with
/// the criteria, order keys and projections compiled once per expression shape instead of once per specification
/// instance. Results are those of <see cref="InMemorySpecificationEvaluator.Default"/> (the conformance kit
/// compares them); a query over a few pre-filtered candidates no longer pays a compilation each time. Search
/// criteria are evaluated by Ardalis itself.
/// </summary>
public sealed class CachedSpecificationEvaluator : InMemorySpecificationEvaluator
{
    private CachedSpecificationEvaluator()
        : base([WhereCriteria.Instance, SearchMemoryEvaluator.Instance, Ordering.Instance, PaginationEvaluator.Instance])
    {
    }

    /// <summary>Gets the shared instance.</summary>
    public static CachedSpecificationEvaluator Instance { get; } = new();

    /// <summary>Tells whether an aggregate satisfies the criteria (where and search) of a specification, ignoring order and paging.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="specification">The specification.</param>
    /// <returns>The predicate.</returns>
    public static Func<T, bool> Criteria<T>(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var filters = specification.WhereExpressions.Select(w => CompiledExpressions.Compile(w.Filter)).ToArray();
        var search = specification.SearchCriterias.Any();
        return item =>
        {
            foreach (var filter in filters)
            {
                if (!filter(item))
                {
                    return false;
                }
            }

            return !search || specification.IsSatisfiedBy(item);
        };
    }

    /// <inheritdoc />
    public override IEnumerable<TResult> Evaluate<T, TResult>(IEnumerable<T> source, ISpecification<T, TResult> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if ((specification.Selector is null) == (specification.SelectorMany is null))
        {
            // Neither or both: Ardalis reports the misuse with its own exception.
            return base.Evaluate(source, specification);
        }

        var query = Evaluate(source, (ISpecification<T>)specification);
        var results = specification.Selector is { } selector
            ? query.Select(CompiledExpressions.Compile(selector))
            : query.SelectMany(CompiledExpressions.Compile(specification.SelectorMany!));
        return specification.PostProcessingAction is { } post ? post(results) : results;
    }

    private sealed class WhereCriteria : IInMemoryEvaluator
    {
        public static WhereCriteria Instance { get; } = new();

        public IEnumerable<T> Evaluate<T>(IEnumerable<T> query, ISpecification<T> specification)
        {
            foreach (var where in specification.WhereExpressions)
            {
                query = query.Where(CompiledExpressions.Compile(where.Filter));
            }

            return query;
        }
    }

    private sealed class Ordering : IInMemoryEvaluator
    {
        public static Ordering Instance { get; } = new();

        public IEnumerable<T> Evaluate<T>(IEnumerable<T> query, ISpecification<T> specification)
        {
            var orders = specification.OrderExpressions.ToList();
            if (orders.Count == 0)
            {
                return query;
            }

            if (orders.Count(o => o.OrderType is OrderTypeEnum.OrderBy or OrderTypeEnum.OrderByDescending) != 1
                || orders[0].OrderType is not (OrderTypeEnum.OrderBy or OrderTypeEnum.OrderByDescending))
            {
                // A malformed order chain: Ardalis reports it with its own exception.
                return OrderEvaluator.Instance.Evaluate(query, specification);
            }

            IOrderedEnumerable<T>? ordered = null;
            foreach (var order in orders)
            {
                var key = CompiledExpressions.Compile(order.KeySelector);
                ordered = order.OrderType switch
                {
                    OrderTypeEnum.OrderBy => query.OrderBy(key),
                    OrderTypeEnum.OrderByDescending => query.OrderByDescending(key),
                    OrderTypeEnum.ThenBy => ordered!.ThenBy(key),
                    _ => ordered!.ThenByDescending(key),
                };
            }

            return ordered!;
        }
    }
}

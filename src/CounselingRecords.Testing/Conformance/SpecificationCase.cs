using Ardalis.Specification;
using CounselingRecords.Storage;

namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// One specification the kit runs against a stored data set. The expected result is what Ardalis'
/// <see cref="InMemorySpecificationEvaluator"/> returns for the same data: the reference semantics every store
/// must reproduce (order when the specification orders, otherwise the same set; counts ignore paging).
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public sealed class SpecificationCase<T>
    where T : class, IAggregateRoot<T>
{
    private readonly Func<IReadRepository<T>, IReadOnlyList<T>, AggregateScenario<T>, Task<string?>> _check;

    private SpecificationCase(string name, Func<IReadRepository<T>, IReadOnlyList<T>, AggregateScenario<T>, Task<string?>> check)
    {
        Name = name;
        _check = check;
    }

    /// <summary>Gets the case name, for failure messages.</summary>
    public string Name { get; }

    /// <summary>A specification returning aggregates.</summary>
    /// <param name="name">The case name.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The case.</returns>
    public static SpecificationCase<T> Of(string name, ISpecification<T> specification)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(specification);
        return new SpecificationCase<T>(name, (repository, stored, scenario) => CheckAsync(repository, stored, scenario, specification));
    }

    /// <summary>A specification projecting aggregates to <typeparamref name="TResult"/>.</summary>
    /// <typeparam name="TResult">The projection.</typeparam>
    /// <param name="name">The case name.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The case.</returns>
    public static SpecificationCase<T> Projection<TResult>(string name, ISpecification<T, TResult> specification)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(specification);
        return new SpecificationCase<T>(name, (repository, stored, _) => CheckProjectionAsync(repository, stored, specification));
    }

    /// <summary>Runs the case against a repository holding <paramref name="stored"/>.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="stored">Exactly what the repository holds.</param>
    /// <param name="scenario">The scenario, for equivalence.</param>
    /// <returns>A failure description, or null when the store agrees with the reference.</returns>
    public Task<string?> CheckAsync(IReadRepository<T> repository, IReadOnlyList<T> stored, AggregateScenario<T> scenario)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(scenario);
        return _check(repository, stored, scenario);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static async Task<string?> CheckAsync(IReadRepository<T> repository, IReadOnlyList<T> stored, AggregateScenario<T> scenario, ISpecification<T> specification)
    {
        var expected = InMemorySpecificationEvaluator.Default.Evaluate(stored, specification).ToList();
        var ordered = specification.OrderExpressions.Any();
        var actual = await repository.ListAsync(specification).ConfigureAwait(false);
        if (Describe(expected, actual, ordered) is { } listProblem)
        {
            return "ListAsync: " + listProblem;
        }

        var byKey = stored.ToDictionary(s => s.Key, StringComparer.Ordinal);
        if (actual.FirstOrDefault(a => !scenario.AreEquivalent(byKey[a.Key], a)) is { } different)
        {
            return $"ListAsync returned {scenario.Describe(different)} with a state that differs from what was stored.";
        }

        var matching = stored.Count(specification.IsSatisfiedBy);
        var count = await repository.CountAsync(specification).ConfigureAwait(false);
        if (count != matching)
        {
            return $"CountAsync returned {count}; {matching} stored aggregates satisfy the criteria (counts ignore paging).";
        }

        var any = await repository.AnyAsync(specification).ConfigureAwait(false);
        if (any != matching > 0)
        {
            return $"AnyAsync returned {any}; {matching} stored aggregates satisfy the criteria.";
        }

        var first = await repository.FirstOrDefaultAsync(specification).ConfigureAwait(false);
        if (ordered ? first?.Key != expected.FirstOrDefault()?.Key : (first is null) != (expected.Count == 0) || (first is not null && expected.All(e => e.Key != first.Key)))
        {
            return $"FirstOrDefaultAsync returned {(first is null ? "null" : first.Key)}; expected {(ordered ? expected.FirstOrDefault()?.Key ?? "null" : "one of the matches")}.";
        }

        var streamed = new List<T>();
        await foreach (var item in repository.AsAsyncEnumerable(specification).ConfigureAwait(false))
        {
            streamed.Add(item);
        }

        if (Describe(expected, streamed, ordered) is { } streamProblem)
        {
            return "AsAsyncEnumerable: " + streamProblem;
        }

        if (specification is ISingleResultSpecification<T> single && expected.Count <= 1)
        {
            var one = await repository.SingleOrDefaultAsync(single).ConfigureAwait(false);
            if (one?.Key != expected.SingleOrDefault()?.Key)
            {
                return $"SingleOrDefaultAsync returned {one?.Key ?? "null"}; expected {expected.SingleOrDefault()?.Key ?? "null"}.";
            }
        }

        return null;
    }

    private static async Task<string?> CheckProjectionAsync<TResult>(IReadRepository<T> repository, IReadOnlyList<T> stored, ISpecification<T, TResult> specification)
    {
        var expected = InMemorySpecificationEvaluator.Default.Evaluate(stored, specification).ToList();
        var actual = await repository.ListAsync(specification).ConfigureAwait(false);
        var comparer = EqualityComparer<TResult>.Default;
        var same = specification.OrderExpressions.Any()
            ? expected.SequenceEqual(actual, comparer)
            : expected.Count == actual.Count && expected.GroupBy(e => e).All(g => actual.Count(a => comparer.Equals(a, g.Key)) == g.Count());
        if (!same)
        {
            return $"ListAsync<{typeof(TResult).Name}> returned {actual.Count} results that differ from the {expected.Count} expected.";
        }

        var first = await repository.FirstOrDefaultAsync(specification).ConfigureAwait(false);
        if (specification.OrderExpressions.Any() && !comparer.Equals(first, expected.FirstOrDefault()))
        {
            return $"FirstOrDefaultAsync<{typeof(TResult).Name}> differs from the first expected result.";
        }

        return null;
    }

    private static string? Describe(List<T> expected, List<T> actual, bool ordered)
    {
        var expectedKeys = expected.Select(e => e.Key).ToList();
        var actualKeys = actual.Select(a => a.Key).ToList();
        if (ordered)
        {
            return expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal)
                ? null
                : $"returned {actualKeys.Count} aggregates in order [{string.Join(", ", actualKeys.Take(5))}…]; expected {expectedKeys.Count} in order [{string.Join(", ", expectedKeys.Take(5))}…].";
        }

        var missing = expectedKeys.Except(actualKeys, StringComparer.Ordinal).ToList();
        var extra = actualKeys.Except(expectedKeys, StringComparer.Ordinal).ToList();
        return missing.Count == 0 && extra.Count == 0 && expectedKeys.Count == actualKeys.Count
            ? null
            : $"returned {actualKeys.Count} aggregates, expected {expectedKeys.Count}; missing [{string.Join(", ", missing.Take(5))}], unexpected [{string.Join(", ", extra.Take(5))}].";
    }
}

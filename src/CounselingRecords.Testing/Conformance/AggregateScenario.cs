using CounselingRecords.Storage;

namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// Everything the conformance kit needs to know about one aggregate type: how to make distinct aggregates, how
/// to change one, when two are the same, and which specifications to check. Write one per aggregate type (the
/// kit ships <see cref="Visits.ConformanceVisitScenario"/>); every adapter then certifies the type with one
/// subclass of <see cref="StorageConformanceTests{T}"/>.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public abstract class AggregateScenario<T>
    where T : class, IAggregateRoot<T>
{
    /// <summary>Gets how many aggregates the specification data set holds.</summary>
    public virtual int DatasetSize => 48;

    /// <summary>Gets the specifications to check against the data set.</summary>
    public virtual IReadOnlyList<SpecificationCase<T>> Specifications => [];

    /// <summary>Creates the <paramref name="number"/>-th aggregate, never saved (version 0). Different numbers give different keys; the same number gives the same state.</summary>
    /// <param name="number">A number from 1.</param>
    /// <returns>The aggregate.</returns>
    public abstract T Create(int number);

    /// <summary>Returns a changed copy of <paramref name="aggregate"/> (same key and version, different state), different for each <paramref name="number"/>.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="number">A number from 1.</param>
    /// <returns>The changed aggregate.</returns>
    public abstract T Change(T aggregate, int number);

    /// <summary>Tells whether two aggregates hold the same state, version included.</summary>
    /// <param name="expected">The expected aggregate.</param>
    /// <param name="actual">The aggregate read back.</param>
    /// <returns><see langword="true"/> when the same.</returns>
    public abstract bool AreEquivalent(T expected, T actual);

    /// <summary>Describes an aggregate in failure messages without clinical content (its key and version by default).</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The description.</returns>
    public virtual string Describe(T aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return $"{typeof(T).Name} {aggregate.Key} v{aggregate.Version}";
    }

    /// <summary>Creates the specification data set.</summary>
    /// <returns>The aggregates, never saved.</returns>
    public virtual IReadOnlyList<T> Dataset() => Enumerable.Range(1, DatasetSize).Select(Create).ToList();
}

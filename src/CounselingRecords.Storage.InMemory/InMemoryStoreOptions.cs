using System.Collections.Immutable;
using CounselingRecords.Storage;

namespace CounselingRecords.Storage.InMemory;

/// <summary>Settings of an <see cref="InMemoryStore"/>: the unique claims it enforces. Immutable.</summary>
public sealed class InMemoryStoreOptions
{
    private InMemoryStoreOptions(ImmutableDictionary<Type, ImmutableArray<UniqueClaim>> claims) => Claims = claims;

    /// <summary>Gets options without unique claims.</summary>
    public static InMemoryStoreOptions Default { get; } = new(ImmutableDictionary<Type, ImmutableArray<UniqueClaim>>.Empty);

    internal ImmutableDictionary<Type, ImmutableArray<UniqueClaim>> Claims { get; }

    /// <summary>
    /// Adds a unique claim: at most one stored <typeparamref name="T"/> may return a given non-null claim; a write
    /// whose claim another aggregate holds fails with <see cref="ConcurrencyConflictException"/> and writes nothing.
    /// </summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="name">The constraint name, for error messages.</param>
    /// <param name="claim">The aggregate's claim, or null when it claims nothing.</param>
    /// <returns>The new options.</returns>
    public InMemoryStoreOptions WithUniqueClaim<T>(string name, Func<T, string?> claim)
        where T : class, IAggregateRoot<T>
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(claim);
        var existing = Claims.GetValueOrDefault(typeof(T), []);
        if (existing.Any(c => c.Name == name))
        {
            throw new ArgumentException($"{typeof(T).Name} already has a unique claim named '{name}'.", nameof(name));
        }

        return new InMemoryStoreOptions(Claims.SetItem(typeof(T), existing.Add(new UniqueClaim(name, a => claim((T)a)))));
    }

    internal sealed record UniqueClaim(string Name, Func<object, string?> Of);
}

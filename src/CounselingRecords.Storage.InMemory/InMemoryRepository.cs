using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.Specification;
using CounselingRecords.Storage.InMemory.Evaluation;

namespace CounselingRecords.Storage.InMemory;

/// <summary>
/// An <see cref="IRepository{T}"/> over an <see cref="InMemoryStore"/> session, evaluating specifications with
/// Ardalis' <see cref="InMemorySpecificationEvaluator"/>. It keeps the contract of <see cref="IRepository{T}"/>:
/// an add stores version 1, an update or delete is accepted only at the stored version and stores version + 1,
/// anything else throws <see cref="ConcurrencyConflictException"/> and changes nothing; range writes are
/// all-or-nothing. Queries without an order return aggregates in the order they were first stored;
/// <c>CountAsync</c> and <c>AnyAsync</c> ignore paging.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public sealed class InMemoryRepository<T> : IRepository<T>
    where T : class, IAggregateRoot<T>
{
    private readonly InMemorySession _session;
    private readonly ImmutableArray<InMemoryStoreOptions.UniqueClaim> _claims;

    /// <summary>Initializes a new instance of the <see cref="InMemoryRepository{T}"/> class.</summary>
    /// <param name="session">The session.</param>
    public InMemoryRepository(InMemorySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _claims = session.Store.Options.Claims.GetValueOrDefault(typeof(T), []);
    }

    private static string TypeName => typeof(T).Name;

    /// <inheritdoc />
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return _session.WriteAsync(state => Add(state, entity), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Materialize(entities);
        return await _session.WriteAsync(state => Apply(state, list, Add), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _session.WriteAsync(state => Update(state, entity), cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Materialize(entities);
        return (await _session.WriteAsync(state => Apply(state, list, Update), cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _session.WriteAsync(state => (Delete(state, entity), 0), cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Materialize(entities);
        return (await _session.WriteAsync(state => Apply(state, list, (s, e) => (Delete(s, e), e)), cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return _session.WriteAsync(
            state =>
            {
                var doomed = CachedSpecificationEvaluator.Instance.Evaluate(All(state), specification).ToList();
                var next = doomed.Aggregate(state, Delete);
                return (next, doomed.Count);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task<T> SaveAsync(T aggregate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return aggregate.Version == 0
            ? AddAsync(aggregate, cancellationToken)
            : _session.WriteAsync(state => Update(state, aggregate), cancellationToken);
    }

    /// <inheritdoc />
    public Task<T?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_session.Current.Collection(typeof(T)).TryGetValue(key, out var stored) ? (T?)stored.Aggregate : null);
    }

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => FindAsync(KeyOf(id), cancellationToken);

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, cancellationToken).FirstOrDefault());

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, cancellationToken).FirstOrDefault());

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, cancellationToken).SingleOrDefault());

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, cancellationToken).SingleOrDefault());

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(All(_session.Current).ToList());
    }

    /// <inheritdoc />
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, cancellationToken).ToList());

    /// <inheritdoc />
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, cancellationToken).ToList());

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(All(_session.Current).Count(CachedSpecificationEvaluator.Criteria(specification)));
    }

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_session.Current.Collection(typeof(T)).Count);
    }

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(All(_session.Current).Any(CachedSpecificationEvaluator.Criteria(specification)));
    }

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(!_session.Current.Collection(typeof(T)).IsEmpty);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluate(specification, CancellationToken.None).ToList())
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    internal static string KeyOf<TId>(TId id)
        where TId : notnull => id switch
        {
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"{typeof(TId).Name} is neither a key text nor an id; pass the aggregate's Key.", nameof(id)),
        };

    private static List<T> Materialize(IEnumerable<T> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        if (list.Any(e => e is null))
        {
            throw new ArgumentException("A range holds a null aggregate.", nameof(entities));
        }

        return list;
    }

    private static IEnumerable<T> All(StoreState state) =>
        state.Collection(typeof(T)).Values.OrderBy(s => s.Sequence).Select(s => (T)s.Aggregate);

    private static (StoreState, List<T>) Apply(StoreState state, List<T> entities, Func<StoreState, T, (StoreState, T)> step)
    {
        var results = new List<T>(entities.Count);
        foreach (var entity in entities)
        {
            (state, var result) = step(state, entity);
            results.Add(result);
        }

        return (state, results);
    }

    private static ConcurrencyConflictException Conflict(string key, long expected, long? actual) => new(TypeName, key, expected, actual);

    private IEnumerable<TResult> Evaluate<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        cancellationToken.ThrowIfCancellationRequested();
        return CachedSpecificationEvaluator.Instance.Evaluate(All(_session.Current), specification);
    }

    private IEnumerable<T> Evaluate(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        cancellationToken.ThrowIfCancellationRequested();
        return CachedSpecificationEvaluator.Instance.Evaluate(All(_session.Current), specification);
    }

    private (StoreState, T) Add(StoreState state, T entity)
    {
        var collection = state.Collection(typeof(T));
        collection.TryGetValue(entity.Key, out var stored);
        if (entity.Version != 0 || stored is not null)
        {
            throw Conflict(entity.Key, entity.Version, ((T?)stored?.Aggregate)?.Version);
        }

        var saved = entity.WithVersion(1);
        var claims = Claim(state, saved, previous: null);
        var next = state with
        {
            Collections = state.Collections.SetItem(typeof(T), collection.SetItem(saved.Key, new StoredAggregate(saved, state.NextSequence))),
            Claims = claims,
            NextSequence = state.NextSequence + 1,
        };
        return (next, saved);
    }

    private (StoreState, T) Update(StoreState state, T entity)
    {
        var collection = state.Collection(typeof(T));
        if (!collection.TryGetValue(entity.Key, out var stored) || ((T)stored.Aggregate).Version != entity.Version)
        {
            throw Conflict(entity.Key, entity.Version, ((T?)stored?.Aggregate)?.Version);
        }

        var saved = entity.WithVersion(entity.Version + 1);
        var claims = Claim(state, saved, (T)stored.Aggregate);
        var next = state with
        {
            Collections = state.Collections.SetItem(typeof(T), collection.SetItem(saved.Key, stored with { Aggregate = saved })),
            Claims = claims,
        };
        return (next, saved);
    }

    private StoreState Delete(StoreState state, T entity)
    {
        var collection = state.Collection(typeof(T));
        if (!collection.TryGetValue(entity.Key, out var stored) || ((T)stored.Aggregate).Version != entity.Version)
        {
            throw Conflict(entity.Key, entity.Version, ((T?)stored?.Aggregate)?.Version);
        }

        var claims = state.Claims;
        foreach (var claim in _claims)
        {
            if (claim.Of(stored.Aggregate) is { } held)
            {
                var slot = (typeof(T), claim.Name);
                claims = claims.SetItem(slot, claims.GetValueOrDefault(slot, ImmutableDictionary<string, string>.Empty).Remove(held));
            }
        }

        return state with { Collections = state.Collections.SetItem(typeof(T), collection.Remove(entity.Key)), Claims = claims };
    }

    private ImmutableDictionary<(Type Type, string Constraint), ImmutableDictionary<string, string>> Claim(StoreState state, T saved, T? previous)
    {
        var claims = state.Claims;
        foreach (var claim in _claims)
        {
            var slot = (typeof(T), claim.Name);
            var held = claims.GetValueOrDefault(slot, ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));
            if (previous is not null && claim.Of(previous) is { } old)
            {
                held = held.Remove(old);
            }

            if (claim.Of(saved) is { } wanted)
            {
                if (held.TryGetValue(wanted, out var holder) && holder != saved.Key)
                {
                    throw new ConcurrencyConflictException(string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} {1} claims the unique '{2}' that {0} {3} holds; nothing was written.",
                        TypeName,
                        saved.Key,
                        claim.Name,
                        holder));
                }

                held = held.SetItem(wanted, saved.Key);
            }

            claims = claims.SetItem(slot, held);
        }

        return claims;
    }
}

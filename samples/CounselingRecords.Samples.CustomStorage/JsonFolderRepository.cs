using System.Globalization;
using Ardalis.Specification;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;

namespace CounselingRecords.Samples.CustomStorage;

/// <summary>
/// <see cref="IRepository{T}"/> over JSON files. Everything an adapter must do is here: check the version on every
/// write (<see cref="ConcurrencyConflictException"/> otherwise, nothing written), stamp the next version, refuse a
/// unique claim another aggregate holds, write range operations all-or-nothing, and evaluate specifications with
/// Ardalis' in-memory evaluator (this adapter reads every document of the type; a real one pre-filters with
/// <see cref="DocumentType{T}.PreFilterFor"/>).
/// </summary>
/// <typeparam name="T">A registered aggregate type.</typeparam>
public sealed class JsonFolderRepository<T> : IRepository<T>
    where T : class, IAggregateRoot<T>
{
    private readonly JsonFolderSession _session;
    private readonly DocumentType<T> _type;

    internal JsonFolderRepository(JsonFolderSession session, DocumentType<T> type)
    {
        _session = session;
        _type = type;
    }

    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default) => WriteOneAsync(entity, add: true, cancellationToken);

    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) =>
        await WriteAsync(entities, (read, e, changes) => Save(read, e, changes, add: true), cancellationToken);

    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        await WriteOneAsync(entity, add: false, cancellationToken);
        return 1;
    }

    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) =>
        (await WriteAsync(entities, (read, e, changes) => Save(read, e, changes, add: false), cancellationToken)).Count;

    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default) => (await DeleteRangeAsync([entity], cancellationToken)) > 0 ? 1 : 0;

    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) =>
        (await WriteAsync(entities, Delete, cancellationToken)).Count;

    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await DeleteRangeAsync(await ListAsync(specification, cancellationToken), cancellationToken);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task<T> SaveAsync(T aggregate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return WriteOneAsync(aggregate, add: aggregate.Version == 0, cancellationToken);
    }

    public Task<T?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Task.FromResult(Read(_session.ReadFile, key));
    }

    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        FindAsync(id is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : id.ToString()!, cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => Task.FromResult(Evaluate(specification).FirstOrDefault());

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemorySpecificationEvaluator.Default.Evaluate(All(), specification).FirstOrDefault());

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) => Task.FromResult(Evaluate(specification).SingleOrDefault());

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemorySpecificationEvaluator.Default.Evaluate(All(), specification).SingleOrDefault());

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(All());

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => Task.FromResult(Evaluate(specification).ToList());

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(InMemorySpecificationEvaluator.Default.Evaluate(All(), specification).ToList());

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => Task.FromResult(All().Count(specification.IsSatisfiedBy));

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(All().Count);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => Task.FromResult(All().Any(specification.IsSatisfiedBy));

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(All().Count > 0);

    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in Evaluate(specification).ToList())
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    private IEnumerable<T> Evaluate(ISpecification<T> specification) => InMemorySpecificationEvaluator.Default.Evaluate(All(), specification);

    private List<T> All() => _session.ListFiles(_type)
        .Select(path => Read(_session.ReadFile, Path.GetFileNameWithoutExtension(path)))
        .OfType<T>()
        .ToList();

    private T? Read(Func<string, string?> read, string key) =>
        read(_session.Store.FileOf(_type, key)) is { } json ? _session.Store.Documents.Deserialize<T>(json) : null;

    private async Task<T> WriteOneAsync(T entity, bool add, CancellationToken cancellationToken) =>
        (await WriteAsync([entity], (read, e, changes) => Save(read, e, changes, add), cancellationToken))[0];

    private async Task<List<T>> WriteAsync(IEnumerable<T> entities, Func<Func<string, string?>, T, Dictionary<string, string?>, T> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var results = new List<T>();
        await _session.WriteAsync(
            read =>
            {
                results.Clear();
                var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
                string? View(string path) => changes.TryGetValue(path, out var changed) ? changed : read(path);
                foreach (var entity in list)
                {
                    results.Add(step(View, entity, changes));
                }

                return changes;
            },
            [],
            cancellationToken);
        return results;
    }

    private T Save(Func<string, string?> read, T entity, Dictionary<string, string?> changes, bool add)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var stored = Read(read, entity.Key);
        if (add ? entity.Version != 0 || stored is not null : stored?.Version != entity.Version)
        {
            throw new ConcurrencyConflictException(_type.Name, entity.Key, entity.Version, stored?.Version);
        }

        var saved = entity.WithVersion(entity.Version + 1);
        foreach (var constraint in _type.UniqueConstraints)
        {
            if (_type.ClaimOf(constraint, saved) is not { } claim)
            {
                continue;
            }

            var holder = _session.ListFiles(_type)
                .Select(path => Read(read, Path.GetFileNameWithoutExtension(path)))
                .Concat(changes.Values.OfType<string>().Select(json => _session.Store.Documents.Deserialize<T>(json)))
                .FirstOrDefault(other => other is not null && other.Key != saved.Key && _type.ClaimOf(constraint, other) == claim);
            if (holder is not null)
            {
                throw new ConcurrencyConflictException($"{_type.Name} {saved.Key} claims the unique '{constraint.Name}' that {_type.Name} {holder.Key} holds; nothing was written.");
            }
        }

        changes[_session.Store.FileOf(_type, saved.Key)] = _session.Store.Documents.Serialize(saved);
        return saved;
    }

    private T Delete(Func<string, string?> read, T entity, Dictionary<string, string?> changes)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var stored = Read(read, entity.Key);
        if (stored?.Version != entity.Version)
        {
            throw new ConcurrencyConflictException(_type.Name, entity.Key, entity.Version, stored?.Version);
        }

        changes[_session.Store.FileOf(_type, entity.Key)] = null;
        return entity;
    }
}

using System.Runtime.CompilerServices;
using Ardalis.Specification;
using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Storage;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using CounselingRecords.Storage.InMemory.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CounselingRecords.DependencyInjection.Auditing;

/// <summary>
/// The <see cref="IRepository{T}"/> the container hands out: the storage adapter's repository, plus, for a type
/// registered with <c>AuditReads</c>, one <see cref="AuditAction.Read"/> entry per aggregate a read returns
/// (R7.15; per client for a record several clients share, such as a group appointment), written to the scope's audit trail with the acting user of <see cref="IActorContext"/>. Entries of
/// one read are appended in one unit of work. Counting and existence checks disclose no record and are not
/// audited; writes are audited by the workflows that make them. A read of an audited type without an acting
/// user is refused.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
internal sealed class AuditedRepository<T> : IRepository<T>
    where T : class, IAggregateRoot<T>
{
    private readonly IRepository<T> _inner;
    private readonly IServiceProvider _scope;
    private readonly DocumentType<T>? _audited;

    public AuditedRepository(IServiceProvider scope, IStorageAdapter adapter, DocumentSerializer documents)
    {
        _scope = scope;
        _inner = adapter.CreateRepository<T>(scope);
        _audited = documents.TryGet<T>(out var type) && type.ReadAuditCategory is not null ? type : null;
    }

    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default) => _inner.AddAsync(entity, cancellationToken);

    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) => _inner.AddRangeAsync(entities, cancellationToken);

    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default) => _inner.UpdateAsync(entity, cancellationToken);

    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) => _inner.UpdateRangeAsync(entities, cancellationToken);

    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default) => _inner.DeleteAsync(entity, cancellationToken);

    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default) => _inner.DeleteRangeAsync(entities, cancellationToken);

    public Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => _inner.DeleteRangeAsync(specification, cancellationToken);

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => _inner.SaveChangesAsync(cancellationToken);

    public Task<T> SaveAsync(T aggregate, CancellationToken cancellationToken = default) => _inner.SaveAsync(aggregate, cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => _inner.CountAsync(specification, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => _inner.CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) => _inner.AnyAsync(specification, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => _inner.AnyAsync(cancellationToken);

    public async Task<T?> FindAsync(string key, CancellationToken cancellationToken = default) =>
        await AuditOneAsync(await _inner.FindAsync(key, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        await AuditOneAsync(await _inner.GetByIdAsync(id, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        await AuditOneAsync(await _inner.FirstOrDefaultAsync(specification, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        await AuditOneAsync(await _inner.SingleOrDefaultAsync(specification, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => AuditAllAsync(_inner.ListAsync(cancellationToken), cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        AuditAllAsync(_inner.ListAsync(specification, cancellationToken), cancellationToken);

    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in await ListAsync(specification).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    public async Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        _audited is null
            ? await _inner.FirstOrDefaultAsync(specification, cancellationToken).ConfigureAwait(false)
            : (await ProjectAsync(specification, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        _audited is null
            ? await _inner.SingleOrDefaultAsync(specification, cancellationToken).ConfigureAwait(false)
            : (await ProjectAsync(specification, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        _audited is null
            ? await _inner.ListAsync(specification, cancellationToken).ConfigureAwait(false)
            : await ProjectAsync(specification, cancellationToken).ConfigureAwait(false);

    // A projection of an audited type still reads the records it is computed from: evaluate it here over the
    // aggregates the criteria select (audited), exactly as Ardalis' evaluator does.
    private async Task<List<TResult>> ProjectAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var criteria = new CriteriaOnly(specification);
        var candidates = await AuditAllAsync(_inner.ListAsync(criteria, cancellationToken), cancellationToken).ConfigureAwait(false);
        return CachedSpecificationEvaluator.Instance.Evaluate(candidates, specification).ToList();
    }

    private async Task<T?> AuditOneAsync(T? aggregate, CancellationToken cancellationToken)
    {
        if (aggregate is not null && _audited is not null)
        {
            await AppendAsync([aggregate], cancellationToken).ConfigureAwait(false);
        }

        return aggregate;
    }

    private async Task<List<T>> AuditAllAsync(Task<List<T>> read, CancellationToken cancellationToken)
    {
        var aggregates = await read.ConfigureAwait(false);
        if (_audited is not null && aggregates.Count > 0)
        {
            await AppendAsync(aggregates, cancellationToken).ConfigureAwait(false);
        }

        return aggregates;
    }

    private async Task AppendAsync(IReadOnlyList<T> aggregates, CancellationToken cancellationToken)
    {
        var type = _audited!;
        var actor = _scope.GetRequiredService<IActorContext>().Actor
            ?? throw new InvalidOperationException($"Reads of {type.Name} are audited (R7.15) and need the acting user: set it on the scope's ActorContext (or register an IActorContext) before reading.");
        var clock = _scope.GetRequiredService<IClock>();
        var ids = _scope.GetRequiredService<IIdGenerator>();
        var trail = _scope.GetRequiredService<IAuditTrail>();
        var unitOfWork = _scope.GetRequiredService<IUnitOfWork>();
        var at = clock.GetCurrentInstant();
        await unitOfWork.ExecuteAsync(
            async ct =>
            {
                var entries = 0;
                foreach (var aggregate in aggregates)
                {
                    var record = new RecordReference(type.Name, aggregate.Key);
                    var clients = type.ReadAuditClientsOf(aggregate);
                    foreach (var client in clients.IsEmpty ? [(ClientId?)null] : clients.Select(c => (ClientId?)c))
                    {
                        await trail.AppendAsync(
                            AuditEntry.For(ids, at, actor, AuditAction.Read, type.ReadAuditCategory!.Value, record, client, AuditOutcome.Succeeded, "R7.15"),
                            ct).ConfigureAwait(false);
                        entries++;
                    }
                }

                return entries;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The criteria of a projection (where, search), without order, paging or selection.</summary>
    private sealed class CriteriaOnly : Specification<T>
    {
        public CriteriaOnly(ISpecification<T> specification)
        {
            foreach (var where in specification.WhereExpressions)
            {
                Query.Where(where.Filter);
            }

            foreach (var search in specification.SearchCriterias)
            {
                Query.Search(search.Selector, search.SearchTerm, search.SearchGroup);
            }
        }
    }
}

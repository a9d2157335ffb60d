namespace CounselingRecords.Storage.InMemory;

/// <summary>
/// One scope of an <see cref="InMemoryStore"/> (a request, a job): its repositories, its unit of work and its
/// audit trail. Outside a unit of work every write is its own atomic step. Inside
/// <see cref="ExecuteAsync{TResult}"/> the session works on a private snapshot that it alone reads; the
/// snapshot replaces the store's state when the work completes and is dropped when it throws, so other
/// sessions see all of the work or none of it. Units of work of different sessions run one at a time (like
/// SQLite's single writer); a nested call joins the running one.
/// </summary>
public sealed class InMemorySession : IUnitOfWork, IDisposable, IAsyncDisposable
{
    private readonly object _gate = new();
    private StoreState? _working;

    internal InMemorySession(InMemoryStore store)
    {
        Store = store;
        AuditTrail = new InMemoryAuditTrail(this);
    }

    /// <summary>Gets the store.</summary>
    public InMemoryStore Store { get; }

    /// <summary>Gets the audit trail of this session.</summary>
    public InMemoryAuditTrail AuditTrail { get; }

    /// <summary>Gets the unit of work of this session (the session itself).</summary>
    public IUnitOfWork UnitOfWork => this;

    internal StoreState Current
    {
        get
        {
            lock (_gate)
            {
                return _working ?? Store.Committed;
            }
        }
    }

    /// <summary>Returns a repository of this session.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <returns>The repository.</returns>
    public InMemoryRepository<T> Repository<T>()
        where T : class, IAggregateRoot<T> => new(this);

    /// <inheritdoc />
    public async Task<TResult> ExecuteAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        bool joining;
        lock (_gate)
        {
            joining = _working is not null;
        }

        if (joining)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }

        using var hold = await Store.LockAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _working = Store.Committed;
        }

        try
        {
            var result = await work(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                Store.Publish(_working!);
            }

            return result;
        }
        finally
        {
            lock (_gate)
            {
                _working = null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release: a session holds no resources outside a unit of work.
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    internal async Task<TResult> WriteAsync<TResult>(Func<StoreState, (StoreState State, TResult Result)> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_working is not null)
            {
                var (state, result) = change(_working);
                _working = state;
                return result;
            }
        }

        using var hold = await Store.LockAsync(cancellationToken).ConfigureAwait(false);
        var (next, outcome) = change(Store.Committed);
        Store.Publish(next);
        return outcome;
    }
}

using System.Collections.Immutable;
using CounselingRecords.Auditing;

namespace CounselingRecords.Storage.InMemory;

/// <summary>
/// The in-memory reference store: aggregates (immutable, so held as they are), unique claims and the
/// hash-chained audit trail, all in one snapshot replaced atomically on every write. It keeps exactly the
/// contract of the durable adapters (optimistic concurrency by version, all-or-nothing units of work, a
/// verifiable audit chain) and is what tests and prototypes run on. Work goes through sessions
/// (<see cref="OpenSession"/>), one per scope. Thread-safe; nothing survives the process.
/// </summary>
public sealed class InMemoryStore
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private StoreState _committed = StoreState.Empty;

    /// <summary>Initializes a new instance of the <see cref="InMemoryStore"/> class.</summary>
    /// <param name="options">The unique claims to enforce; none when omitted.</param>
    public InMemoryStore(InMemoryStoreOptions? options = null) => Options = options ?? InMemoryStoreOptions.Default;

    /// <summary>Gets the options.</summary>
    public InMemoryStoreOptions Options { get; }

    internal StoreState Committed => Volatile.Read(ref _committed);

    /// <summary>Opens a session: its repositories, unit of work and audit trail share one transaction while a unit of work runs.</summary>
    /// <returns>The session.</returns>
    public InMemorySession OpenSession() => new(this);

    /// <summary>Replaces the stored audit chain as an attacker with access to the memory could (for tamper-detection tests).</summary>
    /// <param name="tamper">Receives the chain and returns the altered one.</param>
    internal void TamperWithAuditTrail(Func<ImmutableList<ChainedAuditEntry>, ImmutableList<ChainedAuditEntry>> tamper)
    {
        _writeLock.Wait();
        try
        {
            _committed = _committed with { Audit = tamper(_committed.Audit) };
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal async Task<IDisposable> LockAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_writeLock);
    }

    /// <summary>Publishes a snapshot; the caller holds the write lock.</summary>
    internal void Publish(StoreState state) => Volatile.Write(ref _committed, state);

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}

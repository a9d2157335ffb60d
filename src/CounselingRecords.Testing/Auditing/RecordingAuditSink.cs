using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CounselingRecords.Auditing;

namespace CounselingRecords.Testing.Auditing;

/// <summary>
/// An in-process <see cref="IAuditTrail"/> for tests: it chains entries exactly as the storage adapters do
/// and lets a test inspect them. It also lets a test tamper with the chain (<see cref="TamperWith"/>) to
/// prove that verification notices. Thread-safe.
/// </summary>
public sealed class RecordingAuditSink : IAuditTrail
{
    private readonly object _gate = new();
    private ImmutableList<ChainedAuditEntry> _chain = ImmutableList<ChainedAuditEntry>.Empty;

    /// <summary>Gets the entries written so far, in order.</summary>
    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return _chain.Select(c => c.Entry).ToList();
            }
        }
    }

    /// <summary>Gets the chained entries written so far, in order.</summary>
    public IReadOnlyList<ChainedAuditEntry> Chain
    {
        get
        {
            lock (_gate)
            {
                return _chain;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _chain = _chain.Add(AuditChain.Link(_chain.IsEmpty ? null : _chain[^1], entry));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChainedAuditEntry> ReadAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entry in Chain.Where(e => e.Sequence >= fromSequence))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<AuditChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(AuditChain.Verify(Chain));

    /// <summary>Replaces the stored chain by what <paramref name="tamper"/> returns, as an attacker with database access could.</summary>
    /// <param name="tamper">Receives the chain and returns the altered one.</param>
    public void TamperWith(Func<ImmutableList<ChainedAuditEntry>, ImmutableList<ChainedAuditEntry>> tamper)
    {
        ArgumentNullException.ThrowIfNull(tamper);
        lock (_gate)
        {
            _chain = tamper(_chain);
        }
    }
}

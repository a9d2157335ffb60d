using System.Runtime.CompilerServices;
using CounselingRecords.Auditing;

namespace CounselingRecords.Storage.InMemory;

/// <summary>
/// The audit trail of an <see cref="InMemoryStore"/>, chained by <see cref="AuditChain"/>. Appends take part in
/// the session's unit of work: a unit of work that throws keeps none of its entries. Append-only: nothing
/// here changes or removes an entry.
/// </summary>
public sealed class InMemoryAuditTrail : IAuditTrail
{
    private readonly InMemorySession _session;

    internal InMemoryAuditTrail(InMemorySession session) => _session = session;

    /// <inheritdoc />
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _session.WriteAsync(
            state => (state with { Audit = state.Audit.Add(AuditChain.Link(state.Audit.IsEmpty ? null : state.Audit[^1], entry)) }, 0),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChainedAuditEntry> ReadAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var snapshot = _session.Current.Audit;
        foreach (var entry in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Sequence >= fromSequence)
            {
                yield return entry;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<AuditChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(AuditChain.Verify(_session.Current.Audit));
    }
}

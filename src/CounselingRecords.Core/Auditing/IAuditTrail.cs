namespace CounselingRecords.Auditing;

/// <summary>
/// An append-only, tamper-evident audit store: every entry is chained to the one before it by a SHA-256
/// hash (<see cref="AuditChain"/>), so that a deleted, reordered or altered entry is found by
/// <see cref="VerifyChainAsync"/>.
/// </summary>
public interface IAuditTrail : IAuditSink
{
    /// <summary>Reads the chained entries in sequence order, starting at <paramref name="fromSequence"/>.</summary>
    /// <param name="fromSequence">The first sequence number to read (1 is the first entry).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    IAsyncEnumerable<ChainedAuditEntry> ReadAsync(long fromSequence = 1, CancellationToken cancellationToken = default);

    /// <summary>Checks the whole chain and reports the first broken link.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The verification result.</returns>
    Task<AuditChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default);
}

using System.Runtime.CompilerServices;
using CounselingRecords.Auditing;

namespace CounselingRecords.Samples.CustomStorage;

/// <summary>The audit trail of a <see cref="JsonFolderStore"/>: chained by the Core <see cref="AuditChain"/>, so it verifies like every adapter's.</summary>
public sealed class JsonFolderAuditTrail : IAuditTrail
{
    private readonly JsonFolderSession _session;

    internal JsonFolderAuditTrail(JsonFolderSession session) => _session = session;

    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _session.WriteAsync(_ => new Dictionary<string, string?>(), [entry], cancellationToken);
    }

    public async IAsyncEnumerable<ChainedAuditEntry> ReadAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entry in _session.ReadAudit().Where(e => e.Sequence >= fromSequence))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }

        await Task.CompletedTask;
    }

    public Task<AuditChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(AuditChain.Verify(_session.ReadAudit()));
}

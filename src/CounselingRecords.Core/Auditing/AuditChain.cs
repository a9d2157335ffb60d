using CounselingRecords.Integrity;

namespace CounselingRecords.Auditing;

/// <summary>
/// The hash chain behind every <see cref="IAuditTrail"/>. Entry n's hash is
/// <c>SHA-256(previous hash ‖ canonical form of entry n)</c>, written as 64 lowercase hex digits; the first
/// entry's previous hash is <see cref="GenesisHash"/>. The canonical form lists every field in a fixed
/// order, each as <c>name=length:value</c> on its own line, so no two different entries encode alike.
/// Every adapter uses this one definition, so chains written by one adapter verify in another.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Computes the hash of an entry at a position after <paramref name="previousHash"/>.</summary>
    /// <param name="previousHash">The previous entry's hash.</param>
    /// <param name="sequence">The entry's position, from 1.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string ComputeHash(string previousHash, long sequence, AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(entry);
        return CanonicalForm.Sha256Hex(Canonicalize(previousHash, sequence, entry));
    }

    /// <summary>Links an entry after <paramref name="previous"/> (or as the first entry when it is null).</summary>
    /// <param name="previous">The last entry of the chain, or <see langword="null"/> for an empty chain.</param>
    /// <param name="entry">The entry to append.</param>
    /// <returns>The chained entry.</returns>
    public static ChainedAuditEntry Link(ChainedAuditEntry? previous, AuditEntry entry)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? GenesisHash;
        return new ChainedAuditEntry(sequence, entry, previousHash, ComputeHash(previousHash, sequence, entry));
    }

    /// <summary>Checks a chain read in storage order and reports the first broken link.</summary>
    /// <param name="entries">The entries as stored, in sequence order.</param>
    /// <param name="expectedHeadHash">The head hash recorded earlier, to detect entries removed from the end; optional.</param>
    /// <returns>The verification result.</returns>
    public static AuditChainVerification Verify(IEnumerable<ChainedAuditEntry> entries, string? expectedHeadHash = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new Verifier();
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Finish(expectedHeadHash);
    }

    /// <summary>Checks a chain read asynchronously in storage order and reports the first broken link.</summary>
    /// <param name="entries">The entries as stored, in sequence order.</param>
    /// <param name="expectedHeadHash">The head hash recorded earlier, to detect entries removed from the end; optional.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The verification result.</returns>
    public static async Task<AuditChainVerification> VerifyAsync(
        IAsyncEnumerable<ChainedAuditEntry> entries,
        string? expectedHeadHash = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new Verifier();
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Finish(expectedHeadHash);
    }

    private static string Canonicalize(string previousHash, long sequence, AuditEntry entry) =>
        new CanonicalForm("AuditEntry", 1)
            .Add("previous", previousHash)
            .Add("sequence", sequence)
            .Add("id", entry.Id.ToString())
            .Add("at", entry.OccurredAt)
            .Add("actor", entry.ActorUserId.ToString())
            .Add("roles", (long)entry.ActorRoles)
            .Add("action", entry.Action.ToString())
            .Add("category", entry.Category.ToString())
            .Add("recordType", entry.Record.RecordType)
            .Add("recordId", entry.Record.RecordId)
            .Add("client", entry.ClientId?.ToString())
            .Add("outcome", entry.Outcome.ToString())
            .Add("rule", entry.RuleId)
            .Add("reason", entry.Reason)
            .Add("source", entry.Source)
            .ToText();

    private sealed class Verifier
    {
        private long _expectedSequence = 1;
        private string _previousHash = GenesisHash;
        private long _checked;
        private AuditChainProblem _problem = AuditChainProblem.None;
        private long? _brokenAt;

        public bool Accept(ChainedAuditEntry entry)
        {
            if (entry.Sequence != _expectedSequence)
            {
                return Fail(entry.Sequence > _expectedSequence ? AuditChainProblem.MissingEntry : AuditChainProblem.OutOfOrder, _expectedSequence);
            }

            if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
            {
                return Fail(AuditChainProblem.BrokenLink, entry.Sequence);
            }

            var actual = ComputeHash(entry.PreviousHash, entry.Sequence, entry.Entry);
            if (!string.Equals(actual, entry.Hash, StringComparison.Ordinal))
            {
                return Fail(AuditChainProblem.AlteredEntry, entry.Sequence);
            }

            _checked++;
            _expectedSequence++;
            _previousHash = entry.Hash;
            return true;
        }

        public AuditChainVerification Finish(string? expectedHeadHash)
        {
            if (_problem == AuditChainProblem.None && expectedHeadHash is not null
                && !string.Equals(expectedHeadHash, _previousHash, StringComparison.Ordinal))
            {
                _problem = AuditChainProblem.TruncatedTail;
                _brokenAt = _expectedSequence;
            }

            return new AuditChainVerification(_checked, _problem, _brokenAt, _previousHash);
        }

        private bool Fail(AuditChainProblem problem, long at)
        {
            _problem = problem;
            _brokenAt = at;
            return false;
        }
    }
}

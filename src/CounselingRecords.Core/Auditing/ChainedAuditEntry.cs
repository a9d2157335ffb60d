namespace CounselingRecords.Auditing;

/// <summary>An <see cref="AuditEntry"/> as stored in a chain: its position, the previous entry's hash and its own hash.</summary>
public sealed class ChainedAuditEntry : IEquatable<ChainedAuditEntry>
{
    /// <summary>Initializes a new instance of the <see cref="ChainedAuditEntry"/> class.</summary>
    /// <param name="sequence">The position in the chain, from 1.</param>
    /// <param name="entry">The entry.</param>
    /// <param name="previousHash">The hash of the entry before (<see cref="AuditChain.GenesisHash"/> for the first).</param>
    /// <param name="hash">This entry's hash.</param>
    public ChainedAuditEntry(long sequence, AuditEntry entry, string previousHash, string hash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(hash);
        Sequence = sequence;
        Entry = entry;
        PreviousHash = previousHash;
        Hash = hash;
    }

    /// <summary>Gets the position in the chain, from 1.</summary>
    public long Sequence { get; }

    /// <summary>Gets the entry.</summary>
    public AuditEntry Entry { get; }

    /// <summary>Gets the previous entry's hash.</summary>
    public string PreviousHash { get; }

    /// <summary>Gets this entry's hash.</summary>
    public string Hash { get; }

    /// <inheritdoc />
    public bool Equals(ChainedAuditEntry? other) =>
        other is not null && Sequence == other.Sequence && Entry.Equals(other.Entry) && PreviousHash == other.PreviousHash && Hash == other.Hash;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChainedAuditEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence, Hash);

    /// <summary>Compares two chained entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ChainedAuditEntry? left, ChainedAuditEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two chained entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ChainedAuditEntry? left, ChainedAuditEntry? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => $"#{Sequence} {Hash[..Math.Min(12, Hash.Length)]}… {Entry}";
}

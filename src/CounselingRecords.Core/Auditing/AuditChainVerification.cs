namespace CounselingRecords.Auditing;

/// <summary>The result of checking an audit chain: intact, or the first broken link and what is wrong with it.</summary>
public sealed class AuditChainVerification : IEquatable<AuditChainVerification>
{
    /// <summary>Initializes a new instance of the <see cref="AuditChainVerification"/> class.</summary>
    /// <param name="entriesChecked">How many entries were checked.</param>
    /// <param name="problem">What is wrong, or <see cref="AuditChainProblem.None"/>.</param>
    /// <param name="firstBrokenSequence">The sequence number of the first broken link, if any.</param>
    /// <param name="headHash">The hash of the last entry checked (the genesis hash for an empty chain).</param>
    public AuditChainVerification(long entriesChecked, AuditChainProblem problem, long? firstBrokenSequence, string headHash)
    {
        ArgumentNullException.ThrowIfNull(headHash);
        EntriesChecked = entriesChecked;
        Problem = problem;
        FirstBrokenSequence = firstBrokenSequence;
        HeadHash = headHash;
    }

    /// <summary>Gets a value indicating whether the chain is intact.</summary>
    public bool IsIntact => Problem == AuditChainProblem.None;

    /// <summary>Gets how many entries were checked.</summary>
    public long EntriesChecked { get; }

    /// <summary>Gets what is wrong at the first broken link.</summary>
    public AuditChainProblem Problem { get; }

    /// <summary>Gets the sequence number of the first broken link, if any.</summary>
    public long? FirstBrokenSequence { get; }

    /// <summary>Gets the hash of the last entry checked; record it to detect a truncated tail later.</summary>
    public string HeadHash { get; }

    /// <inheritdoc />
    public bool Equals(AuditChainVerification? other) =>
        other is not null && EntriesChecked == other.EntriesChecked && Problem == other.Problem
        && FirstBrokenSequence == other.FirstBrokenSequence && HeadHash == other.HeadHash;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuditChainVerification);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EntriesChecked, Problem, FirstBrokenSequence, HeadHash);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AuditChainVerification? left, AuditChainVerification? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AuditChainVerification? left, AuditChainVerification? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => IsIntact
        ? $"Intact: {EntriesChecked} entries"
        : $"Broken at #{FirstBrokenSequence}: {Problem} ({EntriesChecked} entries checked)";
}

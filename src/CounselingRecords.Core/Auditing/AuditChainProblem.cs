namespace CounselingRecords.Auditing;

/// <summary>What <see cref="AuditChain.Verify"/> found wrong at the first broken link.</summary>
public enum AuditChainProblem
{
    /// <summary>Nothing: the chain is intact.</summary>
    None,

    /// <summary>An entry's content no longer matches its hash: it was altered.</summary>
    AlteredEntry,

    /// <summary>An entry does not point at the hash of the entry before it: entries were removed, inserted or swapped.</summary>
    BrokenLink,

    /// <summary>A sequence number is missing: an entry was deleted.</summary>
    MissingEntry,

    /// <summary>Sequence numbers repeat or go backwards: entries were reordered or duplicated.</summary>
    OutOfOrder,

    /// <summary>The chain ends before the head the caller recorded: entries were removed from the end.</summary>
    TruncatedTail,
}

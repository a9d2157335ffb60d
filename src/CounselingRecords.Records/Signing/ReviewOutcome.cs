namespace CounselingRecords.Records.Signing;

/// <summary>What a supervisor decided on a document awaiting co-signature.</summary>
public enum ReviewOutcome
{
    /// <summary>Returned to the author with a comment; the author revises and signs again.</summary>
    ReturnedForRevision,

    /// <summary>Co-signed.</summary>
    CoSigned,
}

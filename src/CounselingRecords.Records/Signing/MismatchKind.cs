namespace CounselingRecords.Records.Signing;

/// <summary>How a signed record no longer matches its signature.</summary>
public enum MismatchKind
{
    /// <summary>A signed field's value changed.</summary>
    FieldChanged,

    /// <summary>A field exists now that was not signed.</summary>
    FieldAdded,

    /// <summary>A signed field is gone.</summary>
    FieldRemoved,

    /// <summary>The stored field hashes no longer produce the stored content hash.</summary>
    ContentHashMismatch,

    /// <summary>The signature's own fields (signer, time, hash, record) were changed, or it belongs to another record.</summary>
    SignatureAltered,

    /// <summary>The chain of addenda is broken: one was removed, reordered or re-pointed.</summary>
    AddendumChainBroken,

    /// <summary>The signature was made with a canonical encoding this version cannot reproduce.</summary>
    UnsupportedEncoding,
}

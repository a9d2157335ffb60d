namespace CounselingRecords.Records.Signing;

/// <summary>
/// Where a signable clinical document is in its life: <c>Draft → Signed</c>, or with supervision
/// <c>Draft → PendingCoSign → CoSigned</c> and <c>PendingCoSign → ReturnedForRevision → PendingCoSign</c>.
/// Only <see cref="Draft"/> and <see cref="ReturnedForRevision"/> documents can be edited; a signed document
/// changes only by addenda (R7.7).
/// </summary>
public enum DocumentStatus
{
    /// <summary>Being written; editable; not part of the legal record yet.</summary>
    Draft,

    /// <summary>Signed by its author and waiting for the designated supervisor's co-signature; locked.</summary>
    PendingCoSign,

    /// <summary>Returned by the supervisor with a comment; editable again and must be re-signed.</summary>
    ReturnedForRevision,

    /// <summary>Signed by its author (no co-signature required); locked.</summary>
    Signed,

    /// <summary>Signed by its author and co-signed by the supervisor; locked.</summary>
    CoSigned,
}

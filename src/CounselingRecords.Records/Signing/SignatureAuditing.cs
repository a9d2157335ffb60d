using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Records.AccessControl;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// Anchors signatures in the hash-chained audit trail. A signature's hashes show any change made to a record
/// afterwards; someone able to rewrite both the record and its stored hashes is caught only by an anchor kept
/// elsewhere. Writing <see cref="EntryFor"/> to the <see cref="IAuditTrail"/> when a record is signed puts the
/// signature hash in the tamper-evident chain, and <see cref="IsAnchored"/> checks a stored signature against it (ADR 0010).
/// </summary>
public static class SignatureAuditing
{
    private const string Prefix = "sha256:";

    /// <summary>Creates the audit entry recording a signature: action Sign, CoSign or Amend (addendum), reason <c>{meaning} sha256:{signature hash}</c>.</summary>
    /// <param name="ids">The audit entry id generator.</param>
    /// <param name="actor">The signer as an actor.</param>
    /// <param name="clientId">The client whose record was signed.</param>
    /// <param name="signature">The signature.</param>
    /// <returns>The entry, stamped with the signature's instant.</returns>
    public static AuditEntry EntryFor(IIdGenerator ids, Actor actor, ClientId clientId, Signature signature)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(signature);
        var isAddendum = signature.Record.RecordType == RecordTypes.Addendum;
        var action = isAddendum ? AuditAction.Amend : signature.Meaning == SignatureMeaning.CoSigned ? AuditAction.CoSign : AuditAction.Sign;
        var category = RecordKinds.FromRecordType(signature.Record.RecordType) is { } kind ? RecordKinds.AuditCategoryOf(kind) : AuditCategory.Clinical;
        return AuditEntry.For(ids, signature.SignedAt, actor, action, category, signature.Record, clientId, AuditOutcome.Succeeded, "R7.6", $"{signature.Meaning} {Prefix}{signature.SignatureHash}");
    }

    /// <summary>Returns whether the audit trail holds the entry that recorded this exact signature.</summary>
    /// <param name="signature">The stored signature.</param>
    /// <param name="entries">The audit entries (verify the chain itself with <see cref="IAuditTrail.VerifyChainAsync"/>).</param>
    /// <returns><see langword="true"/> when an entry for the same record carries the same signature hash.</returns>
    public static bool IsAnchored(Signature signature, IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(entries);
        var expected = $"{signature.Meaning} {Prefix}{signature.SignatureHash}";
        return entries.Any(e => e.Record == signature.Record && string.Equals(e.Reason, expected, StringComparison.Ordinal));
    }
}

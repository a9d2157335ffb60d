namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// A change an attacker with direct access to the store makes to the audit trail, bypassing the append-only
/// API. The audit-trail kit asks the adapter to apply it and checks that verification notices.
/// </summary>
/// <param name="Kind">What to do.</param>
/// <param name="Sequence">The entry it is done to.</param>
/// <param name="OtherSequence">The second entry of a swap, or the number of entries removed from the end.</param>
public sealed record AuditTampering(AuditTamperingKind Kind, long Sequence, long OtherSequence = 0);

namespace CounselingRecords.Testing.Conformance;

/// <summary>The tamperings the audit-trail kit applies.</summary>
public enum AuditTamperingKind
{
    /// <summary>Delete the entry at <see cref="AuditTampering.Sequence"/> (later entries keep their sequence numbers).</summary>
    DeleteEntry,

    /// <summary>Change the reason of the entry at <see cref="AuditTampering.Sequence"/> to another text, keeping its stored hash.</summary>
    AlterReason,

    /// <summary>Exchange everything but the sequence numbers between the entries at <see cref="AuditTampering.Sequence"/> and <see cref="AuditTampering.OtherSequence"/>.</summary>
    SwapEntries,

    /// <summary>Delete the last <see cref="AuditTampering.OtherSequence"/> entries.</summary>
    RemoveLast,
}

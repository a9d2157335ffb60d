namespace CounselingRecords.Records.Amendments;

/// <summary>What an addendum to a signed record is (R7.7, R7.8). Each kind is shown as such on the record.</summary>
public enum AddendumKind
{
    /// <summary>Information added after signing.</summary>
    Addendum,

    /// <summary>A correction of an error in the signed text; the original stays visible.</summary>
    Correction,

    /// <summary>A clarification of the signed text.</summary>
    Clarification,

    /// <summary>Information that belonged in the original entry, entered late (R7.7).</summary>
    LateEntry,

    /// <summary>An amendment the client requested and the practice accepted (R7.8); links the request.</summary>
    Amendment,
}

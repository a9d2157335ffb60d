namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>How an indexed column stores its values, so that adapters can declare and compare them.</summary>
public enum IndexValueKind
{
    /// <summary>Text compared by ordinal equality: strings, ids (text form), enumeration names, diagnosis codes.</summary>
    Text,

    /// <summary>A 64-bit integer that orders like the value: numbers, Booleans (0/1), instants (Unix ticks),
    /// dates (days since 1970-01-01), local date-times (ticks since 1970-01-01T00:00 as if UTC).</summary>
    Integer,
}

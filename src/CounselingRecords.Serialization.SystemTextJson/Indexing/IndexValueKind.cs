namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>How an indexed column stores its values, so that adapters can declare and compare them.</summary>
public enum IndexValueKind
{
    /// <summary>Text compared by ordinal equality: strings, ids (text form), enumeration names, diagnosis codes.</summary>
    Text,

    /// <summary>A 64-bit integer that orders like the value: numbers, Booleans (0/1), instants (Unix ticks),
    /// dates (days since 1970-01-01), local date-times (ticks since 1970-01-01T00:00 as if UTC).</summary>
    Integer,

    /// <summary>
    /// The text forms of a list member's items (ids, enumeration names, diagnosis codes, strings), distinct and in
    /// ordinal order, stored as one text <c>|a|b|c|</c> (a literal <c>|</c> or <c>\</c> in an item is escaped with
    /// <c>\</c>); null when the list is empty. It answers "the list contains v" (<see cref="IndexFilterKind.Contains"/>)
    /// without reading the document. An ordinary index cannot seek into it, so it narrows the candidates of an
    /// index range or equality it is combined with.
    /// </summary>
    TextSet,
}

namespace CounselingRecords.Serialization.SystemTextJson.Indexing;

/// <summary>Where the pre-filter of a specification comes from.</summary>
public enum PreFilterSource
{
    /// <summary>Nothing could be pre-filtered: the store reads every document of the type and filters in memory.</summary>
    None,

    /// <summary>Translated automatically from the specification's <c>Where</c> clauses on indexed members.</summary>
    Translated,

    /// <summary>Registered explicitly with <c>DocumentType&lt;T&gt;.PreFilter</c>.</summary>
    Registered,
}

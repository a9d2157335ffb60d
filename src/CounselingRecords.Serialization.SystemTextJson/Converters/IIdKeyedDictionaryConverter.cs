namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>Marks the converters of dictionaries keyed by id, so that the contract check walks their values like any dictionary's.</summary>
internal interface IIdKeyedDictionaryConverter
{
    /// <summary>Gets the value type.</summary>
    Type ValueType { get; }
}

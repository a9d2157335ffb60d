using System.Collections.Immutable;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// The document registrations of the CounselingRecords aggregates, which <c>AddCounselingRecords</c> registers by
/// default. Each area aggregate is added here with its <see cref="DocumentType{T}"/> (name, contract from
/// <see cref="CounselingRecordsJson.Contracts"/>, schema version and upgrades, indexed columns, unique claims,
/// pre-filters, read auditing); see docs/storage.md, "Registering an aggregate".
/// </summary>
public static class CounselingRecordsDocumentTypes
{
    /// <summary>Gets every registration, in a stable order.</summary>
    public static ImmutableArray<DocumentType> All { get; } = [];
}

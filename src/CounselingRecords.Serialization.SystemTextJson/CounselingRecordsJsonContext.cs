using System.Text.Json.Serialization;
using CounselingRecords.Auditing;
using CounselingRecords.Coding;
using CounselingRecords.Finance;

namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>
/// Source-generated System.Text.Json contracts for the shared kernel's serializable types (audit entries and
/// chain reports, record references, money, currencies, diagnosis codes) and, one <c>[JsonSerializable]</c> line
/// each, for every aggregate registered as a document. Internal: it is used only as a contract resolver
/// (<see cref="CounselingRecordsJson.Contracts"/>) under options configured by
/// <see cref="JsonSerializerOptionsExtensions.ConfigureForCounselingRecords"/>, which supply the converters.
/// </summary>
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(ChainedAuditEntry))]
[JsonSerializable(typeof(AuditChainVerification))]
[JsonSerializable(typeof(RecordReference))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(DiagnosisCode))]
internal sealed partial class CounselingRecordsJsonContext : JsonSerializerContext;

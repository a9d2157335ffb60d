using System.Text.Json.Serialization;

namespace CounselingRecords.Testing.Conformance.Visits;

/// <summary>The source-generated contract of <see cref="ConformanceVisit"/>; use it through <see cref="ConformanceVisits.JsonContracts"/>.</summary>
[JsonSerializable(typeof(ConformanceVisit))]
internal sealed partial class ConformanceJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace CounselingRecords.Benchmarks.Serialization;

/// <summary>The source-generated contract of the benchmark aggregate.</summary>
[JsonSerializable(typeof(BenchAppointment))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;

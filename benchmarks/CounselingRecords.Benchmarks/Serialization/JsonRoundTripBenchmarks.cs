using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson;

namespace CounselingRecords.Benchmarks.Serialization;

/// <summary>
/// One write and one read of an appointment-shaped aggregate, with the wire-format converters in every case:
/// reflection-based System.Text.Json (the baseline), the source-generated contract, and the full document path
/// (envelope, size and nesting limits, contract validation, constructor binding). <see cref="NoteLength"/> 0 is
/// an appointment; 4,000 characters is the size of a session note.
/// </summary>
[MemoryDiagnoser]
public class JsonRoundTripBenchmarks
{
    private JsonSerializerOptions _reflection = null!;
    private JsonTypeInfo<BenchAppointment> _generated = null!;
    private BenchAppointment _value = null!;

    [Params(0, 4000)]
    public int NoteLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var note = NoteLength == 0 ? null : string.Concat(Enumerable.Repeat("Client reports better sleep; café walks resumed. ", (NoteLength / 10) + 1))[..NoteLength];
        _value = BenchAppointment.Create(new SeededIdGenerator(7), 1, 4, note);
        _reflection = new JsonSerializerOptions().ConfigureForCounselingRecords();
        _reflection.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        _generated = (JsonTypeInfo<BenchAppointment>)BenchDocuments.Serializer.JsonOptions.GetTypeInfo(typeof(BenchAppointment));
        if (JsonSerializer.Serialize(_value, _reflection) != JsonSerializer.Serialize(_value, _generated))
        {
            throw new InvalidOperationException("The reflection and source-generated contracts write different JSON.");
        }
    }

    [Benchmark(Baseline = true)]
    public BenchAppointment Reflection() => JsonSerializer.Deserialize<BenchAppointment>(JsonSerializer.SerializeToUtf8Bytes(_value, _reflection), _reflection)!;

    [Benchmark]
    public BenchAppointment SourceGenerated() => JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(_value, _generated), _generated)!;

    [Benchmark]
    public BenchAppointment Document() => BenchDocuments.Serializer.Deserialize<BenchAppointment>(BenchDocuments.Serializer.SerializeToUtf8Bytes(_value).AsMemory());
}

using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Serialization.SystemTextJson;
using CounselingRecords.Serialization.SystemTextJson.Documents;

namespace CounselingRecords.Benchmarks.Serialization;

/// <summary>
/// One write and one read of the areas' real aggregates (a signed session note, a signed treatment plan): reflection
/// System.Text.Json (the baseline) against the library's source-generated contracts, with the same options otherwise
/// (the wire-format converters, and only constructor state written), and the full document path (envelope, limits,
/// contract validation, constructor binding).
/// </summary>
[MemoryDiagnoser]
public class RealAggregateJsonBenchmarks
{
    private static readonly DocumentSerializer Documents = new(CounselingRecordsDocumentTypes.All);
    private JsonSerializerOptions _reflection = null!;
    private JsonTypeInfo _generated = null!;
    private Type _type = null!;
    private object _value = null!;
    private Func<object> _document = null!;

    [Params("SessionNote", "TreatmentPlan")]
    public string Aggregate { get; set; } = "SessionNote";

    [GlobalSetup]
    public void Setup()
    {
        (_value, _document, var documentBytes) = Aggregate switch
        {
            "SessionNote" => Of(RealAggregates.SignedSessionNote()),
            "TreatmentPlan" => Of(RealAggregates.SignedTreatmentPlan()),
            _ => throw new InvalidOperationException($"Unknown aggregate {Aggregate}."),
        };
        _type = _value.GetType();
        _reflection = new JsonSerializerOptions().ConfigureForCounselingRecords();
        _reflection.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ConstructorStateOnly } };
        _generated = Documents.JsonOptions.GetTypeInfo(_type);
        var reflected = JsonSerializer.Serialize(_value, _type, _reflection);
        if (reflected != JsonSerializer.Serialize(_value, _generated))
        {
            throw new InvalidOperationException("The reflection and source-generated contracts write different JSON.");
        }

        if (JsonSerializer.Serialize(Reflection(), _type, _reflection) != reflected || JsonSerializer.Serialize(SourceGenerated(), _generated) != reflected
            || JsonSerializer.Serialize(Document(), _generated) != reflected)
        {
            throw new InvalidOperationException("A round trip changed the aggregate.");
        }

        Console.WriteLine($"// {Aggregate}: {reflected.Length:N0} characters of JSON, {documentBytes:N0} bytes as a document");
    }

    [Benchmark(Baseline = true)]
    public object Reflection() => JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(_value, _type, _reflection), _type, _reflection)!;

    [Benchmark]
    public object SourceGenerated() => JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(_value, _generated), _generated)!;

    [Benchmark]
    public object Document() => _document();

    private static (object Value, Func<object> RoundTrip, int DocumentBytes) Of<T>(T value)
        where T : class, CounselingRecords.Storage.IAggregateRoot<T> =>
        (value, () => Documents.Deserialize<T>(Documents.SerializeToUtf8Bytes(value).AsMemory()), Documents.SerializeToUtf8Bytes(value).Length);

    /// <summary>What the library's contracts do: an object bound through a constructor writes only its constructor's parameters.</summary>
    private static void ConstructorStateOnly(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var constructor = typeInfo.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length);
        if (constructor is null || constructor.GetParameters().Length == 0)
        {
            return;
        }

        var parameters = constructor.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null && !parameters.Contains(typeInfo.Properties[i].Name))
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}

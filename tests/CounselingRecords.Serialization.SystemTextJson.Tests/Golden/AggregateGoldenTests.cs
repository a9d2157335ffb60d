using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Fuzzing;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Samples;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Golden;

/// <summary>
/// One golden file per registered aggregate at its current schema version (<c>{Type}.v{n}.json</c>), written once from the
/// fully populated sample of <see cref="SampleAggregates"/> and reviewed by hand: it pins what is stored, byte for byte. A
/// change that breaks these tests changes stored documents and needs a schema version and an upgrade (docs/storage.md,
/// "Schema versions"). To write the files after an intended change, run the tests with
/// <c>COUNSELINGRECORDS_WRITE_GOLDEN=1</c> and review the diff.
/// </summary>
public sealed class AggregateGoldenTests
{
    private static readonly DocumentSerializer Serializer = new(CounselingRecordsDocumentTypes.All);

    public static TheoryData<string> RegisteredTypes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var type in CounselingRecordsDocumentTypes.All)
            {
                data.Add(type.Name);
            }

            return data;
        }
    }

    [Fact]
    public void Samples_EveryRegisteredDocumentType_HasAFullyBuiltSample()
    {
        Assert.Equal(
            CounselingRecordsDocumentTypes.All.Select(t => t.AggregateType.FullName).Order(StringComparer.Ordinal),
            SampleAggregates.All.Keys.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public void Serialize_Sample_WritesTheGoldenDocumentByteForByte(string documentType)
    {
        var type = Type(documentType);
        var written = type.Accept(new Writer());
        var file = $"{type.Name}.v{type.SchemaVersion}.json";
        if (Environment.GetEnvironmentVariable("COUNSELINGRECORDS_WRITE_GOLDEN") == "1")
        {
            WriteGolden(file, written);
        }

        Assert.Equal(GoldenFile.Compact(file), written);
    }

    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public void Deserialize_GoldenDocument_ReadsTheSample(string documentType)
    {
        var type = Type(documentType);
        Assert.True(type.Accept(new ReadsSample(GoldenFile.Read($"{type.Name}.v{type.SchemaVersion}.json"))), $"{documentType}: the golden document does not read as the sample.");
    }

    /// <summary>
    /// The document holds the aggregate's state and nothing else: its top-level members are exactly the parameters of the
    /// rebuilding constructor, so computed members (<c>Key</c>, <c>IsBlocking</c>, <c>NextReviewDue</c>,
    /// <c>LastOccurrenceStart</c>, <c>CurrentVersion</c>, balances…) are never written.
    /// </summary>
    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public void GoldenDocument_TopLevelMembers_AreExactlyTheConstructorParameters(string documentType)
    {
        var type = Type(documentType);
        var data = JsonNode.Parse(GoldenFile.Read($"{type.Name}.v{type.SchemaVersion}.json"))!["data"]!.AsObject();
        var constructor = type.AggregateType.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();
        Assert.Equal(
            constructor.GetParameters().Select(p => p.Name!).Order(StringComparer.Ordinal),
            data.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Members that one state of an aggregate can never fill together with the others (the sample takes one branch): an
    /// amendment request is denied (not accepted), an appointment is the replacement (not the replaced one), a series is the
    /// first part of a split (not its continuation), an inquiry is scheduled (not referred, declined or closed), an access
    /// request is fulfilled (not denied).
    /// </summary>
    private static readonly Dictionary<string, string[]> ExclusiveBranches = new(StringComparer.Ordinal)
    {
        ["AmendmentRequest"] = ["acceptanceNote", "amendmentAddendumId", "notifiedOn"],
        ["Appointment"] = ["rescheduledTo"],
        ["RecurringSeries"] = ["splitFrom"],
        ["Inquiry"] = ["referredTo", "declineReason", "closingNote"],
        ["RecordAccessRequest"] = ["denialGround", "denialExplanation"],
    };

    /// <summary>Every optional member of the sample has content (but for the other branch of an exclusive choice): no null and no empty list at the top level of the golden document, so fuzzing mutates every field.</summary>
    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public void GoldenDocument_TopLevelMembers_AreAllPopulated(string documentType)
    {
        var type = Type(documentType);
        var data = JsonNode.Parse(GoldenFile.Read($"{type.Name}.v{type.SchemaVersion}.json"))!["data"]!.AsObject();
        var exclusive = ExclusiveBranches.GetValueOrDefault(documentType, []);
        var empty = data.Where(p => p.Value is null || p.Value is JsonArray { Count: 0 } || p.Value is JsonObject { Count: 0 }).Select(p => p.Key).Except(exclusive).ToList();
        Assert.True(empty.Count == 0, $"{documentType}: the sample leaves {string.Join(", ", empty)} empty.");
    }

    private static DocumentType Type(string name) => CounselingRecordsDocumentTypes.All.Single(t => t.Name == name);

    private static void WriteGolden(string file, string compact, [CallerFilePath] string here = "")
    {
        var indented = JsonNode.Parse(compact)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(here)!, file), indented + "\n");
    }

    private sealed class Writer : IDocumentTypeVisitor<string>
    {
        public string Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T> => Serializer.Serialize(SampleAggregates.Get<T>());
    }

    private sealed class ReadsSample(string json) : IDocumentTypeVisitor<bool>
    {
        public bool Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T>
        {
            var read = Serializer.Deserialize<T>(json);
            var sample = SampleAggregates.Get<T>();
            return Serializer.Serialize(read) == Serializer.Serialize(sample) && (read is not IEquatable<T> equatable || equatable.Equals(sample));
        }
    }
}

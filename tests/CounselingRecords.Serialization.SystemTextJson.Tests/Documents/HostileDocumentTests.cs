using System.Text;
using System.Text.Json.Nodes;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Golden;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Documents;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

/// <summary>
/// Hostile and broken documents are refused with the one documented exception, a stable code and the path of
/// the offending field; never another exception type, never a half-built aggregate.
/// </summary>
public sealed class HostileDocumentTests
{
    private static readonly DocumentSerializer Serializer = ConformanceVisitDocument.CreateSerializer(new DocumentSerializerOptions { MaxDocumentBytes = 64 * 1024, MaxDepth = 32 });

    public static TheoryData<string, string, string, string> Edits => new()
    {
        // name, edit of the golden v2 document (JSON path = raw JSON value, or "-path" to remove), expected code, expected path
        { "missing required field", "-$.data.clinicianId", SerializationErrorCodes.MissingValue, "$.data.clinicianId" },
        { "missing nested field", "-$.data.lines[1].units", SerializationErrorCodes.MissingValue, "$.data.lines[1].units" },
        { "null for a value type", "$.data.start=null", SerializationErrorCodes.NullValue, "$.data.start" },
        { "null for a required reference", "$.data.zone=null", SerializationErrorCodes.NullValue, "$.data.zone" },
        { "null item in a list", "$.data.lines=[null]", SerializationErrorCodes.NullValue, "$.data.lines[0]" },
        { "null list", "$.data.diagnoses=null", SerializationErrorCodes.NullValue, "$.data.diagnoses" },
        { "number for an object", "$.data.fee=12", SerializationErrorCodes.WrongType, "$.data.fee" },
        { "object for a list", "$.data.lines={}", SerializationErrorCodes.WrongType, "$.data.lines" },
        { "string for an object in a list", "$.data.lines[0]=\"x\"", SerializationErrorCodes.WrongType, "$.data.lines[0]" },
        { "unknown property", "$.data.diagnosisNotes=\"x\"", SerializationErrorCodes.UnknownProperty, "$.data.diagnosisNotes" },
        { "unknown enum name", "$.data.status=\"Rescheduled\"", SerializationErrorCodes.UnknownEnumValue, "$.data.status" },
        { "enum in another case", "$.data.modality=\"video\"", SerializationErrorCodes.UnknownEnumValue, "$.data.modality" },
        { "enum as a number", "$.data.modality=1", SerializationErrorCodes.UnknownEnumValue, "$.data.modality" },
        { "id of another kind", "$.data.clientId=\"clin_5b1e0d9c8a7f4e3d9c2b1a0f9e8d7c6b\"", SerializationErrorCodes.InvalidValue, "$.data.clientId" },
        { "empty id", "$.data.id=\"apt_00000000000000000000000000000000\"", SerializationErrorCodes.InvalidValue, "$.data.id" },
        { "upper-case id", "$.data.id=\"apt_0C2D4F1E9A8B4C7D8E6F5A4B3C2D1E0F\"", SerializationErrorCodes.InvalidValue, "$.data.id" },
        { "money amount as a number", "$.data.fee={\"amount\":175.5,\"currency\":\"USD\"}", SerializationErrorCodes.WrongType, "$.data.fee" },
        { "money amount with an exponent", "$.data.fee={\"amount\":\"1e3\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue, "$.data.fee" },
        { "money amount too precise", "$.data.fee={\"amount\":\"0.00000000000000000000000000001\",\"currency\":\"USD\"}", SerializationErrorCodes.NumberOutOfRange, "$.data.fee" },
        { "money amount too large", "$.data.fee={\"amount\":\"99999999999999999999999999999999\",\"currency\":\"USD\"}", SerializationErrorCodes.NumberOutOfRange, "$.data.fee" },
        { "unknown currency", "$.data.fee={\"amount\":\"1.00\",\"currency\":\"ABC\"}", SerializationErrorCodes.InvalidValue, "$.data.fee" },
        { "money without currency", "$.data.fee={\"amount\":\"1.00\"}", SerializationErrorCodes.MissingValue, "$.data.fee" },
        { "huge integer", "$.data.version=123456789012345678901234567890", SerializationErrorCodes.InvalidValue, "$.data.version" },
        { "number beyond double", "$.data.lines[0].units=1e400", SerializationErrorCodes.InvalidValue, "$.data.lines[0].units" },
        { "fraction for an integer", "$.data.version=1.5", SerializationErrorCodes.InvalidValue, "$.data.version" },
        { "number as a string", "$.data.version=\"3\"", SerializationErrorCodes.InvalidValue, "$.data.version" },
        { "impossible date", "$.data.followUpOn=\"2026-02-30\"", SerializationErrorCodes.InvalidValue, "$.data.followUpOn" },
        { "unknown time zone", "$.data.zone=\"America/Nowhere\"", SerializationErrorCodes.InvalidValue, "$.data.zone" },
        { "lower-case diagnosis code", "$.data.diagnoses=[\"f41.1\"]", SerializationErrorCodes.InvalidValue, "$.data.diagnoses[0]" },
        { "domain refuses: negative fee", "$.data.fee={\"amount\":\"-1.00\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidState, "$.data.fee" },
        { "domain refuses: repeated diagnosis", "$.data.diagnoses=[\"F41.1\",\"F41.1\"]", SerializationErrorCodes.InvalidState, "$.data.diagnoses" },
        { "domain refuses: zero units", "$.data.lines[0].units=0", SerializationErrorCodes.InvalidState, "$.data.lines[0].units" },
        { "domain refuses: negative version", "$.data.version=-1", SerializationErrorCodes.InvalidState, "$.data.version" },
        { "domain refuses: start in a DST gap", "$.data.start=\"2026-03-08T02:30:00\"", SerializationErrorCodes.InvalidState, "$.data.start" },
        { "newer schema version", "$.schemaVersion=3", SerializationErrorCodes.UnsupportedSchemaVersion, "$.schemaVersion" },
        { "schema version zero", "$.schemaVersion=0", SerializationErrorCodes.UnsupportedSchemaVersion, "$.schemaVersion" },
        { "schema version as text", "$.schemaVersion=\"2\"", SerializationErrorCodes.InvalidEnvelope, "$.schemaVersion" },
        { "a document type nobody registered", "$.type=\"BillingStatement\"", SerializationErrorCodes.UnknownDocumentType, "$.type" },
        { "a registered but different document type", "$.type=\"SessionNote\"", SerializationErrorCodes.DocumentTypeMismatch, "$.type" },
        { "data not an object", "$.data=[]", SerializationErrorCodes.InvalidEnvelope, "$.data" },
        { "no data", "-$.data", SerializationErrorCodes.InvalidEnvelope, "$.data" },
        { "extra envelope property", "$.signature=\"x\"", SerializationErrorCodes.InvalidEnvelope, "$.signature" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Deserialize_HostileEdit_RefusesWithCodeAndPath(string name, string edit, string code, string path)
    {
        var error = Refuse(Edit(GoldenFile.Read("ConformanceVisit.v2.json"), edit));

        Assert.True(code == error.Code, $"{name}: expected {code}, got {error.Code} ({error.Message})");
        Assert.True(path == error.Path, $"{name}: expected path {path}, got {error.Path} ({error.Message})");
        Assert.Equal(ConformanceVisits.DocumentTypeName, error.DocumentType);
    }

    public static TheoryData<string, string, string> Texts => new()
    {
        { "empty", "", SerializationErrorCodes.MalformedJson },
        { "not JSON", "hello", SerializationErrorCodes.MalformedJson },
        { "truncated", "{\"type\":\"ConformanceVisit\",\"schemaVersion\":2,\"data\":{\"id\":\"apt_0c2d", SerializationErrorCodes.MalformedJson },
        { "trailing comma", "{\"type\":\"ConformanceVisit\",}", SerializationErrorCodes.MalformedJson },
        { "comment", "{/* x */\"type\":\"ConformanceVisit\"}", SerializationErrorCodes.MalformedJson },
        { "two documents", "{}{}", SerializationErrorCodes.MalformedJson },
        { "lone surrogate escape", "{\"type\":\"\\ud800\"}", SerializationErrorCodes.MalformedJson },
        { "top-level array", "[]", SerializationErrorCodes.InvalidEnvelope },
        { "top-level null", "null", SerializationErrorCodes.InvalidEnvelope },
        { "nesting bomb", "{\"type\":" + new string('[', 10_000) + new string(']', 10_000) + "}", SerializationErrorCodes.DocumentTooDeep },
        { "duplicate envelope property", "{\"type\":\"ConformanceVisit\",\"type\":\"ConformanceVisit\"}", SerializationErrorCodes.DuplicateProperty },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Deserialize_BrokenText_RefusesWithCode(string name, string json, string code)
    {
        var error = Refuse(json);

        Assert.True(code == error.Code, $"{name}: expected {code}, got {error.Code} ({error.Message})");
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NestingBomb_ReportsWhereTheLimitWasPassed()
    {
        var error = Refuse("{\"type\":" + new string('[', 100) + new string(']', 100) + "}");

        Assert.Equal(SerializationErrorCodes.DocumentTooDeep, error.Code);
        Assert.StartsWith("$.type[0][0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TruncatedDocument_ReportsTheLastFieldReached()
    {
        var golden = GoldenFile.Compact("ConformanceVisit.v2.json");
        var cut = golden[..golden.IndexOf("\"bookedAt\"", StringComparison.Ordinal)];

        var error = Refuse(cut);

        Assert.Equal(SerializationErrorCodes.MalformedJson, error.Code);
        Assert.StartsWith("$.data", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicatePropertyInData_IsRefusedNotLastWins()
    {
        var golden = GoldenFile.Compact("ConformanceVisit.v2.json");
        var doubled = golden.Replace("\"status\":\"Completed\"", "\"status\":\"Completed\",\"status\":\"Cancelled\"", StringComparison.Ordinal);

        var error = Refuse(doubled);

        Assert.Equal(SerializationErrorCodes.DuplicateProperty, error.Code);
        Assert.Equal("$.data.status", error.Path);
    }

    [Fact]
    public void Deserialize_DocumentLargerThanTheLimit_IsRefusedBeforeParsing()
    {
        var huge = "{\"type\":\"ConformanceVisit\",\"pad\":\"" + new string('x', 70 * 1024) + "\"}";

        var error = Refuse(huge);

        Assert.Equal(SerializationErrorCodes.DocumentTooLarge, error.Code);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Deserialize_InvalidUtf8Bytes_AreRefusedAsMalformed()
    {
        var bytes = Encoding.UTF8.GetBytes(GoldenFile.Compact("ConformanceVisit.v2.json"));
        bytes[bytes.Length / 2] = 0xFF;

        var error = Assert.Throws<CounselingRecordsJsonException>(() => Serializer.Deserialize<ConformanceVisit>(bytes.AsMemory()));

        Assert.Equal(SerializationErrorCodes.MalformedJson, error.Code);
    }

    [Fact]
    public void Message_HostileValue_IsNeverEchoed()
    {
        const string Secret = "Client disclosed a suicide plan";
        var golden = GoldenFile.Read("ConformanceVisit.v2.json");

        var errors = new[]
        {
            Refuse(Edit(golden, $"$.data.status=\"{Secret}\"")),
            Refuse(Edit(golden, $"$.data.clientId=\"{Secret}\"")),
            Refuse(Edit(golden, $"$.data.start=\"{Secret}\"")),
            Refuse(Edit(golden, $"$.data.fee={{\"amount\":\"{Secret}\",\"currency\":\"USD\"}}")),
            Refuse(golden.Replace("\"note\"", $"\"{Secret}\"", StringComparison.Ordinal)),
        };

        Assert.All(errors, e => Assert.DoesNotContain("suicide", e.Message + e.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TryDeserialize_HostileDocument_ReturnsTheErrorInsteadOfThrowing()
    {
        var ok = Serializer.TryDeserialize<ConformanceVisit>("{\"type\":", out var visit, out var error);

        Assert.False(ok);
        Assert.Null(visit);
        Assert.Equal(SerializationErrorCodes.MalformedJson, error!.Code);
        Assert.True(Serializer.TryDeserialize<ConformanceVisit>(GoldenFile.Read("ConformanceVisit.v2.json"), out var read, out var none));
        Assert.NotNull(read);
        Assert.Null(none);
    }

    [Fact]
    public void Deserialize_VersionOneWithUnconvertibleLength_IsRefusedAtTheUpgradedField()
    {
        var v1 = Edit(GoldenFile.Read("ConformanceVisit.v1.json"), "$.data.lengthMinutes=\"fifty\"");

        var error = Refuse(v1);

        Assert.Equal(SerializationErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.data.length", error.Path);
    }

    [Fact]
    public void Deserialize_VersionOneWithoutLength_IsRefusedAsMissing()
    {
        var error = Refuse(Edit(GoldenFile.Read("ConformanceVisit.v1.json"), "-$.data.lengthMinutes"));

        Assert.Equal(SerializationErrorCodes.MissingValue, error.Code);
        Assert.Equal("$.data.length", error.Path);
    }

    internal static string Edit(string json, string edit)
    {
        var root = JsonNode.Parse(json)!;
        var remove = edit.StartsWith('-');
        var (path, value) = remove ? (edit[1..], null) : (edit[..edit.IndexOf('=', StringComparison.Ordinal)], edit[(edit.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            parent = Step(parent, steps[i])!;
        }

        var last = steps[^1];
        if (remove)
        {
            parent.AsObject().Remove(last);
            return root.ToJsonString();
        }

        const string Marker = "__raw__";
        if (last.StartsWith('['))
        {
            parent.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = Marker;
        }
        else
        {
            parent.AsObject()[last] = Marker;
        }

        return root.ToJsonString().Replace("\"" + Marker + "\"", value, StringComparison.Ordinal);

        static JsonNode? Step(JsonNode node, string step) =>
            step.StartsWith('[') ? node.AsArray()[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)] : node.AsObject()[step];
    }

    private static CounselingRecordsJsonException Refuse(string json) =>
        Assert.Throws<CounselingRecordsJsonException>(() => Serializer.Deserialize<ConformanceVisit>(json));
}

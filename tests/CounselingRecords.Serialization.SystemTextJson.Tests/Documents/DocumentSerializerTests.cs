using System.Text.Json.Nodes;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Golden;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Documents;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

public sealed class DocumentSerializerTests
{
    private static readonly DocumentSerializer Serializer = ConformanceVisitDocument.CreateSerializer();

    [Fact]
    public void Serialize_NoteWithALoneSurrogate_IsRefusedBeforeAnythingUnreadableIsWritten()
    {
        var visit = ConformanceVisits.Create(2).RecordNote("half an emoji \ud83d here");

        var error = Assert.Throws<CounselingRecordsJsonException>(() => Serializer.Serialize(visit));

        Assert.Equal(SerializationErrorCodes.InvalidValue, error.Code);
    }

    [Fact]
    public void Serialize_Envelope_NamesTypeAndSchemaVersionFirst()
    {
        var json = Serializer.Serialize(ConformanceVisits.Create(1));

        Assert.StartsWith("{\"type\":\"ConformanceVisit\",\"schemaVersion\":2,\"data\":{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ComputedProperties_AreNotWritten()
    {
        var data = JsonNode.Parse(Serializer.Serialize(ConformanceVisits.Create(1)))!["data"]!.AsObject();

        Assert.False(data.ContainsKey("key"));
        Assert.False(data.ContainsKey("slotClaim"));
        Assert.True(data.ContainsKey("version"));
    }

    [Fact]
    public void Deserialize_EnvelopeInAnotherOrder_IsRead()
    {
        var golden = JsonNode.Parse(GoldenFile.Read("ConformanceVisit.v2.json"))!.AsObject();
        var reordered = new JsonObject { ["data"] = golden["data"]!.DeepClone(), ["schemaVersion"] = 2, ["type"] = "ConformanceVisit" };

        Assert.Equal(golden["data"]!["id"]!.GetValue<string>(), Serializer.Deserialize<ConformanceVisit>(reordered.ToJsonString()).Key);
    }

    [Fact]
    public void Deserialize_UnregisteredType_IsAProgrammerError()
    {
        var empty = new DocumentSerializer([]);

        Assert.Throws<InvalidOperationException>(() => empty.Deserialize<ConformanceVisit>("{}"));
        Assert.False(empty.TryGet<ConformanceVisit>(out _));
    }

    [Fact]
    public void Constructor_MissingUpgrade_IsRefused()
    {
        var type = DocumentType<ConformanceVisit>.Create("ConformanceVisit", ConformanceVisits.JsonContracts).WithSchemaVersion(3)
            .Upgrade(1, "first", d => d);

        Assert.Throws<ArgumentException>(() => new DocumentSerializer([type]));
    }

    [Fact]
    public void Constructor_TwoTypesWithOneName_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new DocumentSerializer([ConformanceVisitDocument.Type, ConformanceVisitDocument.Type]));
    }

    [Fact]
    public void Constructor_ContractWithoutTheType_IsRefused()
    {
        var type = DocumentType<ConformanceVisit>.Create("ConformanceVisit", CounselingRecordsJson.Contracts);

        var error = Assert.Throws<ArgumentException>(() => new DocumentSerializer([type]));

        Assert.Contains("JsonSerializable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UpgradeThatCannotReadTheDocument_IsRefusedAsUpgradeFailed()
    {
        var type = DocumentType<ConformanceVisit>.Create("ConformanceVisit", ConformanceVisits.JsonContracts).WithSchemaVersion(2)
            .Upgrade(1, "reads a number that is a string", d =>
            {
                d["length"] = d["lengthMinutes"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
                return d;
            });
        var serializer = new DocumentSerializer([type]);
        var v1 = HostileDocumentTests.Edit(GoldenFile.Read("ConformanceVisit.v1.json"), "$.data.lengthMinutes=\"53\"");

        var error = Assert.Throws<CounselingRecordsJsonException>(() => serializer.Deserialize<ConformanceVisit>(v1));

        Assert.Equal(SerializationErrorCodes.UpgradeFailed, error.Code);
        Assert.Equal("$.data", error.Path);
    }

    [Fact]
    public void Deserialize_UpgradeReportingItsOwnError_KeepsItsCodeAndPlacesThePathUnderData()
    {
        var type = DocumentType<ConformanceVisit>.Create("ConformanceVisit", ConformanceVisits.JsonContracts).WithSchemaVersion(2)
            .Upgrade(1, "refuses", _ => throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "Version 1 lengths must be whole minutes.", "$.lengthMinutes"));
        var serializer = new DocumentSerializer([type]);

        var error = Assert.Throws<CounselingRecordsJsonException>(() => serializer.Deserialize<ConformanceVisit>(GoldenFile.Read("ConformanceVisit.v1.json")));

        Assert.Equal(SerializationErrorCodes.InvalidValue, error.Code);
        Assert.Equal("$.data.lengthMinutes", error.Path);
    }

    [Fact]
    public void Deserialize_Utf8Bytes_ReadsLikeText()
    {
        var bytes = Serializer.SerializeToUtf8Bytes(ConformanceVisits.Create(4));

        Assert.Equal(ConformanceVisits.Create(4), Serializer.Deserialize<ConformanceVisit>(bytes.AsMemory()));
    }
}

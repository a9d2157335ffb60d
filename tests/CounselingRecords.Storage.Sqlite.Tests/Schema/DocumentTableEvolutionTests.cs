using CounselingRecords.Serialization.SystemTextJson;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Conformance.Visits.Specifications;
using CounselingRecords.Testing.Identity;
using CounselingRecords.Identity;

namespace CounselingRecords.Storage.Sqlite.Tests.Schema;

/// <summary>Document tables follow their registrations: new columns are filled, old documents upgraded, conflicts refused.</summary>
public sealed class DocumentTableEvolutionTests
{
    private static DocumentType<ConformanceVisit> Minimal => DocumentType<ConformanceVisit>.Create(ConformanceVisits.DocumentTypeName, ConformanceVisits.JsonContracts)
        .WithSchemaVersion(2)
        .Upgrade(1, "length in minutes became a duration; modality added", ConformanceVisits.UpgradeFromVersion1);

    [Fact]
    public async Task Open_ColumnRegisteredLater_IsAddedAndFilledFromTheStoredDocuments()
    {
        await using var database = new TemporaryDatabase();
        var before = database.Open(new DocumentSerializer([Minimal]));
        await using (var session = before.OpenSession())
        {
            await session.Repository<ConformanceVisit>().AddRangeAsync(Enumerable.Range(1, 20).Select(ConformanceVisits.Create));
        }

        var after = database.Open(new DocumentSerializer([Minimal.Column(v => v.ClinicianId)]));

        var clinician = TestIds.Numbered<ClinicianId>(2);
        Assert.Equal(Enumerable.Range(1, 20).Count(n => (n % 4) + 1 == 2), Convert.ToInt32(database.Scalar($"SELECT COUNT(*) FROM doc_conformance_visit WHERE clinician_id = '{clinician}';"), System.Globalization.CultureInfo.InvariantCulture));
        await using var check = after.OpenSession();
        var explained = check.Store.Documents.Get<ConformanceVisit>().Explain(new VisitsForClientSpec(TestIds.Numbered<ClientId>(1)));
        Assert.Equal(PreFilterSource.None, explained.Source);
    }

    [Fact]
    public async Task Open_DocumentsOfAnOlderSchemaVersion_AreRewrittenAtTheCurrentOne()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        var v1 = System.Text.Json.Nodes.JsonNode.Parse(TemporaryDatabase.Documents.Serialize(ConformanceVisits.Create(3).WithVersion(1)))!;
        var data = v1["data"]!.AsObject();
        data.Remove("length");
        data.Remove("modality");
        data["lengthMinutes"] = 50;
        v1["schemaVersion"] = 1;
        database.Execute($"INSERT INTO doc_conformance_visit (key, version, schema_version, document, saved_at) VALUES ('{ConformanceVisits.Create(3).Key}', 1, 1, '{v1.ToJsonString()}', '2025-01-01T00:00:00Z');");

        store = database.Open();

        Assert.Equal(2L, database.Scalar($"SELECT schema_version FROM doc_conformance_visit WHERE key = '{ConformanceVisits.Create(3).Key}';"));
        Assert.Equal(ConformanceVisits.Create(3).ClinicianId.ToString(), database.Scalar($"SELECT clinician_id FROM doc_conformance_visit WHERE key = '{ConformanceVisits.Create(3).Key}';"));
        await using var session = store.OpenSession();
        var read = await session.Repository<ConformanceVisit>().FindAsync(ConformanceVisits.Create(3).Key);
        Assert.Equal(Care.Modality.InPerson, read!.Modality);
        Assert.Equal(NodaTime.Duration.FromMinutes(50), read.Length);
    }

    [Fact]
    public async Task Open_DocumentsOfANewerSchemaVersion_AreRefused()
    {
        await using var database = new TemporaryDatabase();
        database.Open();
        database.Execute("INSERT INTO doc_conformance_visit (key, version, schema_version, document, saved_at) VALUES ('apt_x', 1, 9, '{}', '2030-01-01T00:00:00Z');");

        Assert.Equal(SqliteStorageErrorCodes.NewerDocuments, Assert.Throws<SqliteStorageException>(() => database.Open()).Code);
    }

    [Fact]
    public async Task Open_ColumnWhoseKindChanged_IsRefused()
    {
        await using var database = new TemporaryDatabase();
        database.Open(new DocumentSerializer([Minimal.Column(v => v.Start)]));

        var error = Assert.Throws<SqliteStorageException>(() => database.Open(new DocumentSerializer([Minimal.Column(v => v.Status, "start")])));

        Assert.Equal(SqliteStorageErrorCodes.SchemaConflict, error.Code);
    }

    [Fact]
    public async Task Open_UniqueClaimTheStoredDataViolates_IsRefused()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open(new DocumentSerializer([Minimal]));
        await using (var session = store.OpenSession())
        {
            await session.Repository<ConformanceVisit>().AddRangeAsync([ConformanceVisits.Claimant(1), ConformanceVisits.Claimant(2)]);
        }

        var error = Assert.Throws<SqliteStorageException>(() => database.Open(new DocumentSerializer([Minimal.Unique("slot", v => v.SlotClaim)])));

        Assert.Equal(SqliteStorageErrorCodes.SchemaConflict, error.Code);
    }

    [Fact]
    public async Task FindAsync_DocumentAlteredOnDisk_IsRefusedWithTheWireFormatCode()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        await using var session = store.OpenSession();
        var visit = await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(2));
        database.Execute($"UPDATE doc_conformance_visit SET document = replace(document, '\"status\":\"Booked\"', '\"status\":\"Erased\"') WHERE key = '{visit.Key}';");

        var error = await Assert.ThrowsAsync<SqliteStorageException>(() => session.Repository<ConformanceVisit>().FindAsync(visit.Key));

        Assert.Equal(SqliteStorageErrorCodes.UnreadableDocument, error.Code);
        Assert.Equal(SerializationErrorCodes.UnknownEnumValue, ((CounselingRecordsJsonException)error.Cause!).Code);
        Assert.Contains(visit.Key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sleep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_RowHoldingAnotherAggregatesDocument_IsRefused()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        await using var session = store.OpenSession();
        var a = await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(1));
        var b = await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(2));
        database.Execute($"UPDATE doc_conformance_visit SET document = (SELECT document FROM doc_conformance_visit WHERE key = '{b.Key}') WHERE key = '{a.Key}';");

        Assert.Equal(SqliteStorageErrorCodes.UnreadableDocument, (await Assert.ThrowsAsync<SqliteStorageException>(() => session.Repository<ConformanceVisit>().FindAsync(a.Key))).Code);
    }

    [Fact]
    public async Task Repository_UnregisteredType_IsAProgrammerError()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open(new DocumentSerializer([]));

        Assert.Throws<InvalidOperationException>(() => store.OpenSession().Repository<ConformanceVisit>());
    }
}

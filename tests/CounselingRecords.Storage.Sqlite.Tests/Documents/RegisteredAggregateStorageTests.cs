using System.Text.Json.Nodes;
using CounselingRecords.Records.Notes;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Testing.Samples;

namespace CounselingRecords.Storage.Sqlite.Tests.Documents;

/// <summary>
/// Every registered aggregate, fully populated (<see cref="SampleAggregates"/>), survives save and load through SQLite with
/// the same stored state; a SessionNote stored at schema version 1 loads as the version-2 note (ADR 0064).
/// </summary>
public sealed class RegisteredAggregateStorageTests : IAsyncLifetime
{
    private static readonly DocumentSerializer Serializer = TemporaryDatabase.Documents;
    private readonly TemporaryDatabase _database = new();
    private SqliteStore _store = null!;

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

    public Task InitializeAsync()
    {
        _store = _database.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public async Task SaveThenLoad_Sample_IsTheSameStateAtVersionOne(string documentType)
    {
        var type = CounselingRecordsDocumentTypes.All.Single(t => t.Name == documentType);
        Assert.True(await type.Accept(new RoundTrip(_store)), $"{documentType}: the loaded aggregate is not the saved one.");
    }

    [Fact]
    public async Task Find_SessionNoteStoredAtSchemaVersionOne_LoadsTheVersionTwoNote()
    {
        var note = SampleAggregates.Get<SessionNote>();
        var key = ((IAggregateRoot)note).Key;
        await using (var session = _store.OpenSession())
        {
            await session.Repository<SessionNote>().AddAsync(note);
        }

        var v1 = JsonNode.Parse(Serializer.Serialize(note.WithVersion(1)))!;
        v1["schemaVersion"] = 1;
        var data = v1["data"]!.AsObject();
        var diagnoses = data["diagnoses"]!.AsArray().Select(d => (Code: d!["code"]!.GetValue<string>(), Primary: d["isPrimary"]!.GetValue<bool>())).ToList();
        data.Remove("diagnoses");
        data["primaryDiagnosis"] = diagnoses.Single(d => d.Primary).Code;
        data["secondaryDiagnoses"] = new JsonArray(diagnoses.Where(d => !d.Primary).Select(d => (JsonNode)d.Code).ToArray());
        data["sections"] = new JsonObject(data["sections"]!.AsArray().Select(s => KeyValuePair.Create(s!["section"]!.GetValue<string>(), (JsonNode?)s["text"]!.GetValue<string>())));
        _database.Execute($"UPDATE doc_session_note SET document = '{v1.ToJsonString().Replace("'", "''", StringComparison.Ordinal)}', schema_version = 1 WHERE key = '{key}';");

        await using var reading = _store.OpenSession();
        var loaded = await reading.Repository<SessionNote>().FindAsync(key);

        Assert.NotNull(loaded);
        Assert.Equal(Serializer.Serialize(note.WithVersion(1)), Serializer.Serialize(loaded));
        Assert.Equal(note.Diagnoses.Select(d => (d.Code, d.IsPrimary)), loaded.Diagnoses.Select(d => (d.Code, d.IsPrimary)));
    }

    private sealed class RoundTrip(SqliteStore store) : IDocumentTypeVisitor<Task<bool>>
    {
        public async Task<bool> Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T>
        {
            var sample = SampleAggregates.Get<T>();
            T saved;
            await using (var session = store.OpenSession())
            {
                saved = await session.Repository<T>().AddAsync(sample);
            }

            await using var reading = store.OpenSession();
            var loaded = await reading.Repository<T>().FindAsync(((IAggregateRoot)sample).Key);
            return saved.Version == 1 && loaded is not null && Serializer.Serialize(loaded) == Serializer.Serialize(sample.WithVersion(1));
        }
    }
}

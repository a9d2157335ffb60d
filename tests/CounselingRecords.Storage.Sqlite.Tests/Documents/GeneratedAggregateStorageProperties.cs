using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

namespace CounselingRecords.Storage.Sqlite.Tests.Documents;

/// <summary>Generated aggregates of several areas survive save → load through SQLite (<see cref="GeneratedAggregateStoreProperties"/>).</summary>
public sealed class GeneratedAggregateStorageProperties : GeneratedAggregateStoreProperties, IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private SqliteStore _store = null!;

    protected override DocumentSerializer Serializer => TemporaryDatabase.Documents;

    public Task InitializeAsync()
    {
        _store = _database.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override async Task<T> AddAsync<T>(T aggregate)
    {
        await using var session = _store.OpenSession();
        return await session.Repository<T>().AddAsync(aggregate);
    }

    protected override async Task<T?> FindAsync<T>(string key)
        where T : class
    {
        await using var session = _store.OpenSession();
        return await session.Repository<T>().FindAsync(key);
    }
}

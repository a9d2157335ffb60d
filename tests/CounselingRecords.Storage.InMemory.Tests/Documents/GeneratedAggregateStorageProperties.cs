using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

namespace CounselingRecords.Storage.InMemory.Tests.Documents;

/// <summary>Generated aggregates of several areas survive save → load through the in-memory store (<see cref="GeneratedAggregateStoreProperties"/>).</summary>
public sealed class GeneratedAggregateStorageProperties : GeneratedAggregateStoreProperties
{
    private static readonly DocumentSerializer Documents = new(CounselingRecordsDocumentTypes.All);
    private readonly InMemoryStore _store = new();

    protected override DocumentSerializer Serializer => Documents;

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

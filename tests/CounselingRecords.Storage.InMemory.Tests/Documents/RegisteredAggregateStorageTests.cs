using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Testing.Samples;

namespace CounselingRecords.Storage.InMemory.Tests.Documents;

/// <summary>Every registered aggregate, fully populated (<see cref="SampleAggregates"/>), survives save and load through the in-memory store with the same state.</summary>
public sealed class RegisteredAggregateStorageTests
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

    [Theory]
    [MemberData(nameof(RegisteredTypes))]
    public async Task SaveThenLoad_Sample_IsTheSameStateAtVersionOne(string documentType)
    {
        var type = CounselingRecordsDocumentTypes.All.Single(t => t.Name == documentType);
        Assert.True(await type.Accept(new RoundTrip(new InMemoryStore())), $"{documentType}: the loaded aggregate is not the saved one.");
    }

    private sealed class RoundTrip(InMemoryStore store) : IDocumentTypeVisitor<Task<bool>>
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

using CounselingRecords.Auditing;
using CounselingRecords.Storage.InMemory;
using CounselingRecords.Testing.Conformance;
using CounselingRecords.Testing.Conformance.Visits;

namespace CounselingRecords.Storage.InMemory.Tests.Conformance;

/// <summary>The in-memory store as the conformance kit sees it.</summary>
internal sealed class InMemoryConformanceStore(InMemoryStore store) : IConformanceStore
{
    public InMemoryStore Store { get; } = store;

    public static Task<IConformanceStore> CreateAsync() =>
        Task.FromResult<IConformanceStore>(new InMemoryConformanceStore(new InMemoryStore(
            InMemoryStoreOptions.Default.WithUniqueClaim<ConformanceVisit>("slot", v => v.SlotClaim))));

    public IConformanceSession OpenSession() => new Session(Store.OpenSession());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Session(InMemorySession session) : IConformanceSession
    {
        public IUnitOfWork UnitOfWork => session.UnitOfWork;

        public IAuditTrail AuditTrail => session.AuditTrail;

        public IRepository<T> Repository<T>()
            where T : class, IAggregateRoot<T> => session.Repository<T>();

        public ValueTask DisposeAsync() => session.DisposeAsync();
    }
}

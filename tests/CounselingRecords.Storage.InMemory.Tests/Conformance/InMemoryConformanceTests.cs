using CounselingRecords.Testing.Conformance;
using CounselingRecords.Testing.Conformance.Visits;

namespace CounselingRecords.Storage.InMemory.Tests.Conformance;

/// <summary>The in-memory store passes the repository and unit-of-work kit with the conformance aggregate.</summary>
public sealed class InMemoryVisitConformanceTests : StorageConformanceTests<ConformanceVisit>
{
    protected override AggregateScenario<ConformanceVisit> Scenario { get; } = new ConformanceVisitScenario();

    protected override Task<IConformanceStore> CreateStoreAsync() => InMemoryConformanceStore.CreateAsync();
}

/// <summary>The in-memory store passes the unique-claim kit.</summary>
public sealed class InMemoryVisitClaimConformanceTests : UniqueClaimConformanceTests<ConformanceVisit>
{
    protected override UniqueClaimScenario<ConformanceVisit> Claims { get; } = new ConformanceVisitClaims();

    protected override Task<IConformanceStore> CreateStoreAsync() => InMemoryConformanceStore.CreateAsync();
}

/// <summary>The in-memory store passes the audit-trail kit, tampered with through its internal hook.</summary>
public sealed class InMemoryAuditTrailConformanceTests : AuditTrailConformanceTests
{
    protected override Task<IConformanceStore> CreateStoreAsync() => InMemoryConformanceStore.CreateAsync();

    protected override Task TamperAsync(IConformanceStore store, AuditTampering tampering)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tampering);
        ((InMemoryConformanceStore)store).Store.TamperWithAuditTrail(chain => tampering.Kind switch
        {
            AuditTamperingKind.DeleteEntry => chain.RemoveAt((int)tampering.Sequence - 1),
            AuditTamperingKind.AlterReason => chain.SetItem((int)tampering.Sequence - 1, AuditTamper.WithReason(chain[(int)tampering.Sequence - 1], "altered after the fact")),
            AuditTamperingKind.SwapEntries => AuditTamper.Swap(chain, (int)tampering.Sequence - 1, (int)tampering.OtherSequence - 1),
            _ => chain.RemoveRange(chain.Count - (int)tampering.OtherSequence, (int)tampering.OtherSequence),
        });
        return Task.CompletedTask;
    }
}

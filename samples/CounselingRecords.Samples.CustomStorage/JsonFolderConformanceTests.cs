using System.Text.Json.Nodes;
using CounselingRecords.Auditing;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Conformance;
using CounselingRecords.Testing.Conformance.Visits;

namespace CounselingRecords.Samples.CustomStorage;

/// <summary>How the JSON-folder adapter plugs into the conformance kit: a fresh folder per test.</summary>
internal sealed class JsonFolderConformanceStore : IConformanceStore
{
    // The registration of the kit's aggregate: its contract, schema history and unique claim.
    private static readonly DocumentSerializer Documents = new([
        DocumentType<ConformanceVisit>.Create(ConformanceVisits.DocumentTypeName, ConformanceVisits.JsonContracts)
            .WithSchemaVersion(ConformanceVisits.SchemaVersion)
            .Upgrade(1, "length in minutes became a duration; modality added", ConformanceVisits.UpgradeFromVersion1)
            .Unique("slot", v => v.SlotClaim),
    ]);

    public JsonFolderConformanceStore() =>
        Store = new JsonFolderStore(Path.Combine(Path.GetTempPath(), "counseling-records-json-folder", Guid.NewGuid().ToString("N")), Documents);

    public JsonFolderStore Store { get; }

    public static Task<IConformanceStore> CreateAsync() => Task.FromResult<IConformanceStore>(new JsonFolderConformanceStore());

    public IConformanceSession OpenSession() => new Session(Store.OpenSession());

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Store.Root, recursive: true);
        return ValueTask.CompletedTask;
    }

    private sealed class Session(JsonFolderSession session) : IConformanceSession
    {
        public IUnitOfWork UnitOfWork => session;

        public IAuditTrail AuditTrail => session.AuditTrail;

        public IRepository<T> Repository<T>()
            where T : class, IAggregateRoot<T> => session.Repository<T>();

        public ValueTask DisposeAsync() => session.DisposeAsync();
    }
}

/// <summary>The JSON-folder adapter passes the repository and unit-of-work kit: one subclass, two members.</summary>
public sealed class JsonFolderVisitConformanceTests : StorageConformanceTests<ConformanceVisit>
{
    protected override AggregateScenario<ConformanceVisit> Scenario { get; } = new ConformanceVisitScenario();

    protected override Task<IConformanceStore> CreateStoreAsync() => JsonFolderConformanceStore.CreateAsync();
}

/// <summary>The JSON-folder adapter passes the unique-claim kit.</summary>
public sealed class JsonFolderVisitClaimConformanceTests : UniqueClaimConformanceTests<ConformanceVisit>
{
    protected override UniqueClaimScenario<ConformanceVisit> Claims { get; } = new ConformanceVisitClaims();

    protected override Task<IConformanceStore> CreateStoreAsync() => JsonFolderConformanceStore.CreateAsync();
}

/// <summary>The JSON-folder adapter passes the audit-trail kit; tampering edits the JSON lines file directly.</summary>
public sealed class JsonFolderAuditTrailConformanceTests : AuditTrailConformanceTests
{
    protected override Task<IConformanceStore> CreateStoreAsync() => JsonFolderConformanceStore.CreateAsync();

    protected override async Task TamperAsync(IConformanceStore store, AuditTampering tampering)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tampering);
        var file = ((JsonFolderConformanceStore)store).Store.AuditFile;
        var lines = (await File.ReadAllLinesAsync(file)).Where(l => l.Length > 0).ToList();
        var (a, b) = ((int)tampering.Sequence - 1, (int)tampering.OtherSequence - 1);
        switch (tampering.Kind)
        {
            case AuditTamperingKind.DeleteEntry:
                lines.RemoveAt(a);
                break;
            case AuditTamperingKind.AlterReason:
                var altered = JsonNode.Parse(lines[a])!;
                altered["entry"]!["reason"] = "altered after the fact";
                lines[a] = altered.ToJsonString();
                break;
            case AuditTamperingKind.SwapEntries:
                var first = JsonNode.Parse(lines[a])!;
                var second = JsonNode.Parse(lines[b])!;
                (first["sequence"], second["sequence"]) = (second["sequence"]!.DeepClone(), first["sequence"]!.DeepClone());
                (lines[a], lines[b]) = (second.ToJsonString(), first.ToJsonString());
                break;
            default:
                lines.RemoveRange(lines.Count - (int)tampering.OtherSequence, (int)tampering.OtherSequence);
                break;
        }

        await File.WriteAllLinesAsync(file, lines);
    }
}

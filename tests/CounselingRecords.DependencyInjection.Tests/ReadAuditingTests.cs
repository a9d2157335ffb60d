using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Conformance.Visits.Specifications;
using CounselingRecords.Testing.Documents;
using CounselingRecords.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CounselingRecords.DependencyInjection.Tests;

/// <summary>Reads of aggregates registered with <c>AuditReads</c> write one Read entry per record returned (R7.15).</summary>
public sealed class ReadAuditingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "counseling-records-di-tests", Guid.NewGuid().ToString("N"));

    public ReadAuditingTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string> Storages => new() { "in-memory", "sqlite" };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Nothing was written, or a pooled handle is still closing; the folder is under the temporary directory.
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Reads_ClinicalRecords_AreAuditedOncePerRecordWithTheActorAndClient(string storage)
    {
        using var provider = Provider(storage);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(TestActors.Clinician);
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>();
        await repository.AddRangeAsync(Enumerable.Range(1, 12).Select(ConformanceVisits.Create));
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
        Assert.Equal(0, await CountAsync(trail));

        var one = await repository.FindAsync(ConformanceVisits.Create(3).Key);
        var day = await repository.ListAsync(new VisitsForClinicianDaySpec(ConformanceVisits.Create(9).ClinicianId, ConformanceVisits.Create(9).Start.Date));
        await repository.CountAsync(new VisitsWithStatusSpec(ConformanceVisitStatus.Booked));
        await repository.AnyAsync();

        var entries = await EntriesAsync(trail);
        Assert.Equal(1 + day.Count, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditAction.Read, e.Action);
            Assert.Equal(AuditCategory.Clinical, e.Category);
            Assert.Equal(TestActors.Clinician.UserId, e.ActorUserId);
            Assert.Equal("ConformanceVisit", e.Record.RecordType);
            Assert.Equal("R7.15", e.RuleId);
            Assert.Equal(TestClock.DefaultStart, e.OccurredAt);
        });
        Assert.Equal(one!.Key, entries[0].Record.RecordId);
        Assert.Equal(one.ClientId, entries[0].ClientId);
        Assert.Equal(day.Select(d => d.Key), entries.Skip(1).Select(e => e.Record.RecordId));
        Assert.True((await trail.VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task Projection_OfClinicalRecords_AuditsTheRecordsItReads()
    {
        using var provider = Provider("in-memory");
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(TestActors.Supervisor);
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>();
        await repository.AddRangeAsync(Enumerable.Range(1, 12).Select(ConformanceVisits.Create));
        var clinician = ConformanceVisits.Create(2).ClinicianId;

        var starts = await repository.ListAsync(new VisitStartsForClinicianSpec(clinician));

        var expected = Enumerable.Range(1, 12).Select(ConformanceVisits.Create).Where(v => v.ClinicianId == clinician).ToList();
        Assert.Equal(expected.Select(v => v.Start).Order(), starts);
        Assert.Equal(expected.Select(v => v.Key).Order(StringComparer.Ordinal), (await EntriesAsync(scope.ServiceProvider.GetRequiredService<IAuditTrail>())).Select(e => e.Record.RecordId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Read_WithoutAnActingUser_IsRefusedAndNothingIsDisclosed()
    {
        using var provider = Provider("in-memory");
        using var scope = provider.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>();
        await repository.AddAsync(ConformanceVisits.Create(1));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.FindAsync(ConformanceVisits.Create(1).Key));

        Assert.Contains("R7.15", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(scope.ServiceProvider.GetRequiredService<IAuditTrail>()));
    }

    [Fact]
    public async Task ReadRepository_IsTheAuditedRepository()
    {
        using var provider = Provider("in-memory");
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(TestActors.Clinician);
        await scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>().AddAsync(ConformanceVisits.Create(1));

        var read = await scope.ServiceProvider.GetRequiredService<IReadRepository<ConformanceVisit>>().GetByIdAsync(TestIds.Numbered<Identity.AppointmentId>(1));

        Assert.NotNull(read);
        Assert.Single(await EntriesAsync(scope.ServiceProvider.GetRequiredService<IAuditTrail>()));
    }

    [Fact]
    public async Task Reads_OfATypeWithoutAuditReads_WriteNothing()
    {
        var quiet = ConformanceVisitDocument.Type.WithSchemaVersion(2);
        var type = Serialization.SystemTextJson.Documents.DocumentType<ConformanceVisit>.Create(ConformanceVisits.DocumentTypeName, ConformanceVisits.JsonContracts)
            .WithSchemaVersion(2).Upgrade(1, "v2", ConformanceVisits.UpgradeFromVersion1);
        using var provider = new ServiceCollection().AddCounselingRecords(b => b.AddDocumentType(type)).BuildServiceProvider();
        using var scope = provider.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>();
        await repository.AddAsync(ConformanceVisits.Create(1));

        Assert.NotNull(await repository.FindAsync(ConformanceVisits.Create(1).Key));
        Assert.Equal(0, await CountAsync(scope.ServiceProvider.GetRequiredService<IAuditTrail>()));
        Assert.NotNull(quiet.ReadAuditCategory);
    }

    private static async Task<int> CountAsync(IAuditTrail trail) => (await EntriesAsync(trail)).Count;

    private static async Task<List<AuditEntry>> EntriesAsync(IAuditTrail trail)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in trail.ReadAsync())
        {
            entries.Add(entry.Entry);
        }

        return entries;
    }

    private ServiceProvider Provider(string storage) =>
        new ServiceCollection().AddCounselingRecords(b =>
        {
            b.AddDocumentType(ConformanceVisitDocument.Type).UseClock(TestClock.At()).UseIdGenerator(TestIds.Seeded());
            if (storage == "sqlite")
            {
                b.UseSqlite(Path.Combine(_folder, "records.db"));
            }
        }).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
}

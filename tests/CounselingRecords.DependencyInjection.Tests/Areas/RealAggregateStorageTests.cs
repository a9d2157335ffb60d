using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.Records.Notes;
using RecordFixtures = CounselingRecords.Records.Tests.Fixtures.Records;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Specifications;
using CounselingRecords.Storage;
using CounselingRecords.Storage.Sqlite.Tests.Reliability;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CounselingRecords.DependencyInjection.Tests.Areas;

/// <summary>The container's repositories store the areas' real aggregates in both stores, and audit reads of clinical ones (R7.15).</summary>
public sealed class RealAggregateStorageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "counseling-records-di-tests", Guid.NewGuid().ToString("N"));

    public RealAggregateStorageTests() => Directory.CreateDirectory(_folder);

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
            // A pooled handle may still be closing; the folder is under the temporary directory.
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task SaveAndLoad_SignedSessionNote_ComesBackEqualAtVersionOne(string storage)
    {
        using var provider = Provider(storage);
        var client = RecordFixtures.ActiveClient();
        var note = RecordFixtures.SignedNote(client);
        using (var scope = provider.CreateScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<IRepository<SessionNote>>().SaveAsync(note);
            Assert.Equal(1, saved.Version);
        }

        using var reader = provider.CreateScope();
        reader.ServiceProvider.GetRequiredService<ActorContext>().Use(TestActors.Clinician);
        var loaded = await reader.ServiceProvider.GetRequiredService<IReadRepository<SessionNote>>().FindAsync(note.Id.ToString());

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(note.Id, loaded.Id);
        Assert.Equal(note.ClientId, loaded.ClientId);
        Assert.Equal(note.Status, loaded.Status);
        Assert.Equal(note.Signature!.SignedAt, loaded.Signature!.SignedAt);

        // Every stored field comes back: the loaded note writes the same document as the note saved.
        var documents = provider.GetRequiredService<Serialization.SystemTextJson.Documents.DocumentSerializer>();
        Assert.Equal(documents.Serialize(note.WithVersion(1)), documents.Serialize(loaded));
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task SaveAndQuery_Appointments_ClinicianDaySpecFindsTheDayAndTheSlotIsClaimed(string storage)
    {
        using var provider = Provider(storage);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(TestActors.FrontDesk);
        var appointments = scope.ServiceProvider.GetRequiredService<IRepository<Appointment>>();
        var clinician = TestActors.Clinician.ClinicianId!.Value;
        await appointments.AddRangeAsync(
        [
            RealAppointments.Scheduled(1, clinician, 1, new LocalDateTime(2026, 3, 2, 9, 0)),
            RealAppointments.Scheduled(2, clinician, 2, new LocalDateTime(2026, 3, 2, 14, 0)),
            RealAppointments.Scheduled(3, clinician, 3, new LocalDateTime(2026, 3, 3, 9, 0)),
            RealAppointments.Scheduled(4, TestActors.OtherClinician.ClinicianId!.Value, 4, new LocalDateTime(2026, 3, 2, 9, 0)),
        ]);

        var day = await appointments.ListAsync(new ClinicianDaySpec(clinician, new LocalDate(2026, 3, 2), RealAppointments.NewYork));
        var loaded = await appointments.FindAsync(RealAppointments.Scheduled(2, clinician, 2, new LocalDateTime(2026, 3, 2, 14, 0)).Key);

        Assert.Equal(new[] { TestIds.Numbered<Identity.AppointmentId>(1), TestIds.Numbered<Identity.AppointmentId>(2) }, day.Select(a => a.Id));
        Assert.NotNull(loaded);
        Assert.Equal(new LocalDateTime(2026, 3, 2, 14, 0), loaded.LocalStart);
        Assert.Equal(RealAppointments.NewYork, loaded.Zone);
        Assert.Equal(AppointmentStatus.Scheduled, loaded.Status);
        Assert.Equal(1, loaded.Version);

        // S4: the same clinician at the same start is a conflict, whatever the appointment id.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => appointments.AddAsync(RealAppointments.Scheduled(5, clinician, 5, new LocalDateTime(2026, 3, 2, 9, 0))));
        Assert.Equal(4, await appointments.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Reads_SessionNotes_AreAuditedAsClinicalReadsOfTheirClient(string storage)
    {
        using var provider = Provider(storage);
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Use(TestActors.Clinician);
        var notes = scope.ServiceProvider.GetRequiredService<IRepository<SessionNote>>();
        var client = RecordFixtures.ActiveClient();
        var ids = TestIds.Seeded(11);
        var first = await notes.AddAsync(RecordFixtures.SignedNote(client, ids: ids));
        var second = await notes.AddAsync(RecordFixtures.DraftNote(client, ids: ids));
        var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();

        await notes.GetByIdAsync(first.Id.ToString());
        await notes.ListAsync();
        await notes.CountAsync();

        var entries = new List<AuditEntry>();
        await foreach (var link in trail.ReadAsync())
        {
            entries.Add(link.Entry);
        }

        Assert.Equal(new[] { first.Id.ToString(), first.Id.ToString(), second.Id.ToString() }, entries.Select(e => e.Record.RecordId));
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditAction.Read, e.Action);
            Assert.Equal(AuditCategory.Clinical, e.Category);
            Assert.Equal("SessionNote", e.Record.RecordType);
            Assert.Equal(client.Id, e.ClientId);
            Assert.Equal(TestActors.Clinician.UserId, e.ActorUserId);
            Assert.Equal("R7.15", e.RuleId);
        });
        Assert.True((await trail.VerifyChainAsync()).IsIntact);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Reads_SessionNoteWithoutAnActor_AreRefusedAndDiscloseNothing(string storage)
    {
        using var provider = Provider(storage);
        using var scope = provider.CreateScope();
        var notes = scope.ServiceProvider.GetRequiredService<IRepository<SessionNote>>();
        var note = await notes.AddAsync(RecordFixtures.SignedNote(RecordFixtures.ActiveClient()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => notes.FindAsync(note.Id.ToString()));
        Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().VerifyChainAsync()).EntriesChecked);
    }

    private ServiceProvider Provider(string storage) =>
        new ServiceCollection().AddCounselingRecords(b =>
        {
            b.UseClock(TestClock.At()).UseIdGenerator(TestIds.Seeded());
            if (storage == "sqlite")
            {
                b.UseSqlite(Path.Combine(_folder, "practice.db"));
            }
            else
            {
                b.UseInMemory();
            }
        }).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}

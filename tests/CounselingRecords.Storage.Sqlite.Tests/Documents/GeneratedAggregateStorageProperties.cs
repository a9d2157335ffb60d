using CounselingRecords.Billing.Ledger;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Documents;
using FsCheck.Xunit;

namespace CounselingRecords.Storage.Sqlite.Tests.Documents;

/// <summary>
/// Generated aggregates of several areas (<see cref="GeneratedAggregates"/>) survive save → load through SQLite: the
/// loaded aggregate is the saved state at version 1, written back to the same bytes.
/// </summary>
public sealed class GeneratedAggregateStorageProperties : IAsyncLifetime
{
    private static readonly DocumentSerializer Serializer = TemporaryDatabase.Documents;
    private readonly TemporaryDatabase _database = new();
    private SqliteStore _store = null!;

    public Task InitializeAsync()
    {
        _store = _database.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnyClient_IsTheSavedState(Client client) => SavesAndLoads(client);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnySessionNote_IsTheSavedState(SessionNote note) => SavesAndLoads(note);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnyAppointment_IsTheSavedState(Appointment appointment) => SavesAndLoads(appointment);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnyLedger_IsTheSavedState(ClientLedger ledger) => SavesAndLoads(ledger);

    private bool SavesAndLoads<T>(T aggregate)
        where T : class, IAggregateRoot<T>
    {
        var key = ((IAggregateRoot)aggregate).Key;
        using (var existing = _store.OpenSession())
        {
            if (existing.Repository<T>().FindAsync(key).GetAwaiter().GetResult() is not null)
            {
                // The same seed was generated twice: that aggregate is already stored and was checked then.
                return true;
            }
        }

        T saved;
        using (var session = _store.OpenSession())
        {
            saved = session.Repository<T>().AddAsync(aggregate).GetAwaiter().GetResult();
        }

        using var reading = _store.OpenSession();
        var loaded = reading.Repository<T>().FindAsync(key).GetAwaiter().GetResult();
        return saved.Version == 1 && loaded is not null && Serializer.Serialize(loaded) == Serializer.Serialize(aggregate.WithVersion(1));
    }
}

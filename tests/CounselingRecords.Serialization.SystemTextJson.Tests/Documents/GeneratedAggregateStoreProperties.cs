using CounselingRecords.Billing.Ledger;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using FsCheck.Xunit;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

/// <summary>
/// Generated aggregates of several areas (<see cref="GeneratedAggregates"/>) survive save → load through a store: the
/// loaded aggregate is the saved state at version 1, written back to the same bytes. Each store's test project
/// subclasses it with its own sessions.
/// </summary>
public abstract class GeneratedAggregateStoreProperties
{
    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnyClient_IsTheSavedState(Client client) => SavesAndLoads(client);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnySessionNote_IsTheSavedState(SessionNote note) => SavesAndLoads(note);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnyAppointment_IsTheSavedState(Appointment appointment) => SavesAndLoads(appointment);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 60)]
    public bool SaveThenLoad_AnyLedger_IsTheSavedState(ClientLedger ledger) => SavesAndLoads(ledger);

    /// <summary>Gets the serializer the store writes with.</summary>
    protected abstract DocumentSerializer Serializer { get; }

    /// <summary>Adds the aggregate in a session of its own and returns the stored state.</summary>
    protected abstract Task<T> AddAsync<T>(T aggregate)
        where T : class, IAggregateRoot<T>;

    /// <summary>Finds an aggregate by key in a new session.</summary>
    protected abstract Task<T?> FindAsync<T>(string key)
        where T : class, IAggregateRoot<T>;

    private bool SavesAndLoads<T>(T aggregate)
        where T : class, IAggregateRoot<T>
    {
        var key = ((IAggregateRoot)aggregate).Key;
        if (FindAsync<T>(key).GetAwaiter().GetResult() is not null)
        {
            // The same seed was generated twice: that aggregate is already stored and was checked then.
            return true;
        }

        var saved = AddAsync(aggregate).GetAwaiter().GetResult();
        var loaded = FindAsync<T>(key).GetAwaiter().GetResult();
        return saved.Version == 1 && loaded is not null && Serializer.Serialize(loaded) == Serializer.Serialize(aggregate.WithVersion(1));
    }
}

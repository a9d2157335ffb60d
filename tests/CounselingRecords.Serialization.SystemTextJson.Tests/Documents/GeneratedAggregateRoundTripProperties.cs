using CounselingRecords.Billing.Ledger;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Notes;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using FsCheck.Xunit;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

/// <summary>
/// Generated aggregates of several areas, built through their public verbs with varied values (names in any script,
/// dates of birth, note formats and lengths, modalities, zones across both DST changes, payments), survive
/// serialize → deserialize unchanged: the read aggregate writes the same bytes, and its key and version are kept.
/// </summary>
public sealed class GeneratedAggregateRoundTripProperties
{
    private static readonly DocumentSerializer Serializer = new(CounselingRecordsDocumentTypes.All);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 150)]
    public bool SerializeThenDeserialize_AnyClient_IsUnchanged(Client client) => RoundTrips(client);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 150)]
    public bool SerializeThenDeserialize_AnySessionNote_IsUnchanged(SessionNote note) => RoundTrips(note);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 150)]
    public bool SerializeThenDeserialize_AnyAppointment_IsUnchanged(Appointment appointment) => RoundTrips(appointment);

    [Property(Arbitrary = [typeof(GeneratedAggregates)], MaxTest = 150)]
    public bool SerializeThenDeserialize_AnyLedger_IsUnchanged(ClientLedger ledger) => RoundTrips(ledger);

    private static bool RoundTrips<T>(T aggregate)
        where T : class, IAggregateRoot<T>
    {
        var json = Serializer.Serialize(aggregate);
        var read = Serializer.Deserialize<T>(json);
        return Serializer.Serialize(read) == json
            && ((IAggregateRoot)read).Key == ((IAggregateRoot)aggregate).Key
            && read.Version == aggregate.Version;
    }
}

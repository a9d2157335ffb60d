using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Scheduling.Zones;

/// <summary>
/// The time zones of a practice: its own, and those of its locations, clinicians and clients. A location,
/// clinician or client without a zone of its own uses the practice's. New bookings take their zone from here
/// (the location's for in-person sessions, otherwise the clinician's); an existing appointment keeps the zone it
/// was booked in, so changing any zone here never moves it (rule S1.2).
/// </summary>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed class ZoneDirectory : IAggregateRoot<ZoneDirectory>
{
    /// <summary>Initializes a new instance of the <see cref="ZoneDirectory"/> class.</summary>
    /// <param name="practiceId">The practice.</param>
    /// <param name="practiceZone">The practice's zone.</param>
    /// <param name="locationZones">Zones of locations that differ from the practice's.</param>
    /// <param name="clinicianZones">Zones of clinicians that differ from the practice's.</param>
    /// <param name="clientZones">Zones of clients that differ from the practice's.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public ZoneDirectory(
        PracticeId practiceId,
        DateTimeZone practiceZone,
        ImmutableDictionary<LocationId, DateTimeZone> locationZones,
        ImmutableDictionary<ClinicianId, DateTimeZone> clinicianZones,
        ImmutableDictionary<ClientId, DateTimeZone> clientZones,
        long version)
    {
        if (practiceId.Value == Guid.Empty)
        {
            throw new ArgumentException("A zone directory needs a practice id.", nameof(practiceId));
        }

        ArgumentNullException.ThrowIfNull(practiceZone);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        PracticeId = practiceId;
        PracticeZone = practiceZone;
        LocationZones = locationZones ?? ImmutableDictionary<LocationId, DateTimeZone>.Empty;
        ClinicianZones = clinicianZones ?? ImmutableDictionary<ClinicianId, DateTimeZone>.Empty;
        ClientZones = clientZones ?? ImmutableDictionary<ClientId, DateTimeZone>.Empty;
        if (LocationZones.Values.Any(z => z is null) || ClinicianZones.Values.Any(z => z is null) || ClientZones.Values.Any(z => z is null))
        {
            throw new ArgumentException("A zone entry cannot be null.", nameof(locationZones));
        }

        Version = version;
    }

    /// <summary>Gets the practice.</summary>
    public PracticeId PracticeId { get; }

    /// <summary>Gets the practice's zone, the default for everyone without a zone of their own.</summary>
    public DateTimeZone PracticeZone { get; }

    /// <summary>Gets the zones of locations that have their own.</summary>
    public ImmutableDictionary<LocationId, DateTimeZone> LocationZones { get; }

    /// <summary>Gets the zones of clinicians that have their own.</summary>
    public ImmutableDictionary<ClinicianId, DateTimeZone> ClinicianZones { get; }

    /// <summary>Gets the zones of clients that have their own.</summary>
    public ImmutableDictionary<ClientId, DateTimeZone> ClientZones { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => PracticeId.ToString();

    /// <summary>Creates a directory where everyone uses the practice's zone.</summary>
    /// <param name="practiceId">The practice.</param>
    /// <param name="practiceZone">The practice's zone.</param>
    /// <returns>The directory.</returns>
    public static ZoneDirectory ForPractice(PracticeId practiceId, DateTimeZone practiceZone) =>
        new(practiceId, practiceZone, ImmutableDictionary<LocationId, DateTimeZone>.Empty, ImmutableDictionary<ClinicianId, DateTimeZone>.Empty, ImmutableDictionary<ClientId, DateTimeZone>.Empty, 0);

    /// <summary>Gets the zone of a location (the practice's when it has none).</summary>
    /// <param name="location">The location.</param>
    /// <returns>The zone.</returns>
    public DateTimeZone ZoneOf(LocationId location) => LocationZones.TryGetValue(location, out var zone) ? zone : PracticeZone;

    /// <summary>Gets the zone of a clinician (the practice's when they have none).</summary>
    /// <param name="clinician">The clinician.</param>
    /// <returns>The zone.</returns>
    public DateTimeZone ZoneOf(ClinicianId clinician) => ClinicianZones.TryGetValue(clinician, out var zone) ? zone : PracticeZone;

    /// <summary>Gets the zone of a client (the practice's when they have none).</summary>
    /// <param name="client">The client.</param>
    /// <returns>The zone.</returns>
    public DateTimeZone ZoneOf(ClientId client) => ClientZones.TryGetValue(client, out var zone) ? zone : PracticeZone;

    /// <summary>Gets the zone a new booking is made in: the location's for a session at a location, otherwise the clinician's.</summary>
    /// <param name="clinician">The (lead) clinician.</param>
    /// <param name="location">The location, for an in-person session.</param>
    /// <returns>The zone.</returns>
    public DateTimeZone BookingZone(ClinicianId clinician, LocationId? location) =>
        location is { } l ? ZoneOf(l) : ZoneOf(clinician);

    /// <summary>Returns the directory with another practice zone. Existing appointments keep their own zone and instant (S1.2).</summary>
    /// <param name="zone">The new zone.</param>
    /// <returns>The new directory.</returns>
    public ZoneDirectory WithPracticeZone(DateTimeZone zone) =>
        new(PracticeId, zone, LocationZones, ClinicianZones, ClientZones, Version);

    /// <summary>Returns the directory with a location's own zone set.</summary>
    /// <param name="location">The location.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The new directory.</returns>
    public ZoneDirectory WithLocationZone(LocationId location, DateTimeZone zone) =>
        new(PracticeId, PracticeZone, LocationZones.SetItem(location, zone ?? throw new ArgumentNullException(nameof(zone))), ClinicianZones, ClientZones, Version);

    /// <summary>Returns the directory with a clinician's own zone set.</summary>
    /// <param name="clinician">The clinician.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The new directory.</returns>
    public ZoneDirectory WithClinicianZone(ClinicianId clinician, DateTimeZone zone) =>
        new(PracticeId, PracticeZone, LocationZones, ClinicianZones.SetItem(clinician, zone ?? throw new ArgumentNullException(nameof(zone))), ClientZones, Version);

    /// <summary>Returns the directory with a client's own zone set.</summary>
    /// <param name="client">The client.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The new directory.</returns>
    public ZoneDirectory WithClientZone(ClientId client, DateTimeZone zone) =>
        new(PracticeId, PracticeZone, LocationZones, ClinicianZones, ClientZones.SetItem(client, zone ?? throw new ArgumentNullException(nameof(zone))), Version);

    /// <inheritdoc />
    public ZoneDirectory WithVersion(long version) => new(PracticeId, PracticeZone, LocationZones, ClinicianZones, ClientZones, version);

    /// <inheritdoc />
    public override string ToString() => $"ZoneDirectory {PracticeId} ({PracticeZone.Id})";
}

using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// A recurring appointment series: the template of every occurrence (clinicians, clients, type, place, length
/// and buffers), the wall-clock <see cref="TimeOfDay"/> in <see cref="Zone"/> from <see cref="StartDate"/>, the
/// <see cref="Rule"/>, and per-occurrence <see cref="Exceptions"/> keyed by the occurrence's original local start.
/// Occurrences keep their wall-clock time across DST (S5.1); a time in a gap or overlap resolves by S1.3. Each
/// occurrence is booked as its own appointment with its own status; the series holds the plan. A "this and all
/// following" edit ends this series before an occurrence and starts a continuation (<see cref="ContinuedBy"/>,
/// <see cref="SplitFrom"/>), leaving earlier occurrences untouched (S5.6, S5.7; ADR 0030).
/// </summary>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed partial class RecurringSeries : IAggregateRoot<RecurringSeries>
{
    /// <summary>The most occurrences one series may produce (S5.4).</summary>
    public const int MaximumOccurrences = 520;

    private readonly IsoDayOfWeek[] _days;
    private readonly OccurrenceException[] _sortedExceptions;
    private readonly Occurrence[] _moved;

    /// <summary>Initializes a new instance of the <see cref="RecurringSeries"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clinicianId">The lead clinician.</param>
    /// <param name="additionalClinicians">Co-clinicians.</param>
    /// <param name="clients">The clients.</param>
    /// <param name="capacity">How many clients each occurrence holds.</param>
    /// <param name="appointmentTypeId">The appointment type.</param>
    /// <param name="modality">How sessions are delivered.</param>
    /// <param name="duration">Each occurrence's length.</param>
    /// <param name="bufferBefore">The clinician's buffer before each occurrence.</param>
    /// <param name="bufferAfter">The clinician's buffer after each occurrence.</param>
    /// <param name="locationId">The location, if in person.</param>
    /// <param name="roomId">The room, if any.</param>
    /// <param name="zone">The zone the wall-clock time is kept in.</param>
    /// <param name="startDate">The first date an occurrence may fall on.</param>
    /// <param name="timeOfDay">The wall-clock start of every occurrence.</param>
    /// <param name="rule">The recurrence rule.</param>
    /// <param name="exceptions">Per-occurrence cancellations and moves.</param>
    /// <param name="splitFrom">The series this one continues after a split, if any.</param>
    /// <param name="continuedBy">The series that continues this one after a split, if any.</param>
    /// <param name="createdAt">When it was created.</param>
    /// <param name="createdBy">Who created it.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public RecurringSeries(
        SeriesId id,
        ClinicianId clinicianId,
        ImmutableArray<ClinicianId> additionalClinicians,
        ImmutableArray<ClientId> clients,
        int capacity,
        AppointmentTypeId appointmentTypeId,
        Modality modality,
        Duration duration,
        Duration bufferBefore,
        Duration bufferAfter,
        LocationId? locationId,
        RoomId? roomId,
        DateTimeZone zone,
        LocalDate startDate,
        LocalTime timeOfDay,
        RecurrenceRule rule,
        ImmutableArray<OccurrenceException> exceptions,
        SeriesId? splitFrom,
        SeriesId? continuedBy,
        Instant createdAt,
        UserId createdBy,
        long version)
    {
        if (id.Value == Guid.Empty || clinicianId.Value == Guid.Empty || appointmentTypeId.Value == Guid.Empty || createdBy.Value == Guid.Empty)
        {
            throw new ArgumentException("A series needs its id, clinician, appointment type and creating user.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        additionalClinicians = additionalClinicians.IsDefault ? [] : additionalClinicians;
        clients = clients.IsDefault ? [] : clients;
        exceptions = exceptions.IsDefault ? [] : exceptions;
        if (duration <= Duration.Zero || bufferBefore < Duration.Zero || bufferAfter < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "The duration must be positive and buffers not negative.");
        }

        if (clients.Distinct().Count() != clients.Length || clients.Length > capacity || additionalClinicians.Contains(clinicianId)
            || additionalClinicians.Distinct().Count() != additionalClinicians.Length)
        {
            throw new ArgumentException($"Series {id}: clients and co-clinicians must be distinct, clients at most the capacity.", nameof(clients));
        }

        if (exceptions.Any(e => e is null) || exceptions.Select(e => e.OccurrenceId).Distinct().Count() != exceptions.Length)
        {
            throw new ArgumentException($"Series {id}: at most one exception per occurrence.", nameof(exceptions));
        }

        Id = id;
        ClinicianId = clinicianId;
        AdditionalClinicians = additionalClinicians;
        Clients = clients;
        Capacity = capacity;
        AppointmentTypeId = appointmentTypeId;
        Modality = modality;
        Duration = duration;
        BufferBefore = bufferBefore;
        BufferAfter = bufferAfter;
        LocationId = locationId;
        RoomId = roomId;
        Zone = zone;
        StartDate = startDate;
        TimeOfDay = timeOfDay;
        Rule = rule;
        Exceptions = exceptions.OrderBy(e => e.OccurrenceId).ToImmutableArray();
        SplitFrom = splitFrom;
        ContinuedBy = continuedBy;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        Version = version;

        _days = rule.DaysOfWeek.IsEmpty ? [startDate.DayOfWeek] : rule.DaysOfWeek.ToArray();
        _sortedExceptions = Exceptions.ToArray();
        (_moved, OccurrenceCount, LastOccurrenceStart) = Survey();
    }

    /// <summary>Gets the id.</summary>
    public SeriesId Id { get; }

    /// <summary>Gets the lead clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the co-clinicians.</summary>
    public ImmutableArray<ClinicianId> AdditionalClinicians { get; }

    /// <summary>Gets the clients.</summary>
    public ImmutableArray<ClientId> Clients { get; }

    /// <summary>Gets how many clients each occurrence holds.</summary>
    public int Capacity { get; }

    /// <summary>Gets the appointment type.</summary>
    public AppointmentTypeId AppointmentTypeId { get; }

    /// <summary>Gets how sessions are delivered.</summary>
    public Modality Modality { get; }

    /// <summary>Gets each occurrence's length (elapsed time).</summary>
    public Duration Duration { get; }

    /// <summary>Gets the clinician's buffer before each occurrence.</summary>
    public Duration BufferBefore { get; }

    /// <summary>Gets the clinician's buffer after each occurrence.</summary>
    public Duration BufferAfter { get; }

    /// <summary>Gets the location, if in person.</summary>
    public LocationId? LocationId { get; }

    /// <summary>Gets the room, if any.</summary>
    public RoomId? RoomId { get; }

    /// <summary>Gets the zone the wall-clock time is kept in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the first date an occurrence may fall on.</summary>
    public LocalDate StartDate { get; }

    /// <summary>Gets the wall-clock start of every occurrence (S5.1).</summary>
    public LocalTime TimeOfDay { get; }

    /// <summary>Gets the recurrence rule.</summary>
    public RecurrenceRule Rule { get; }

    /// <summary>Gets the per-occurrence exceptions, ordered by occurrence.</summary>
    public ImmutableArray<OccurrenceException> Exceptions { get; }

    /// <summary>Gets the series this one continues, if it was created by a split.</summary>
    public SeriesId? SplitFrom { get; }

    /// <summary>Gets the series that continues this one, if it was split.</summary>
    public SeriesId? ContinuedBy { get; }

    /// <summary>Gets when it was created.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets who created it.</summary>
    public UserId CreatedBy { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Gets how many occurrences the rule produces, counting cancelled ones.</summary>
    public int OccurrenceCount { get; }

    /// <summary>Gets the start of the last occurrence the rule produces (before moves), or <see langword="null"/> when it produces none.</summary>
    public Instant? LastOccurrenceStart { get; }

    /// <inheritdoc />
    public RecurringSeries WithVersion(long version) => Copy(version: version);

    /// <inheritdoc />
    public override string ToString() => $"RecurringSeries {Id} ({Rule}, {TimeOfDay:HH:mm} {Zone.Id}, clinician {ClinicianId})";

    private RecurringSeries Copy(
        ImmutableArray<OccurrenceException>? exceptions = null,
        RecurrenceRule? rule = null,
        SeriesId? continuedBy = null,
        long? version = null) =>
        new(Id, ClinicianId, AdditionalClinicians, Clients, Capacity, AppointmentTypeId, Modality, Duration, BufferBefore, BufferAfter, LocationId, RoomId,
            Zone, StartDate, TimeOfDay, rule ?? Rule, exceptions ?? Exceptions, SplitFrom, continuedBy ?? ContinuedBy, CreatedAt, CreatedBy, version ?? Version);

    private (Occurrence[] Moved, int Count, Instant? Last) Survey()
    {
        var cursor = new DateCursor(Rule, StartDate, _days);
        var hint = default(Zones.ZoneIntervalHint);
        var exceptionIndex = 0;
        var moved = new List<Occurrence>();
        var count = 0;
        Instant? last = null;
        while (cursor.Next(out var date, out var index))
        {
            if (++count > MaximumOccurrences)
            {
                throw new ArgumentException($"Series {Id}: the rule produces more than {MaximumOccurrences} occurrences (S5.4).", nameof(Rule));
            }

            var local = date + TimeOfDay;
            last = Zones.ZoneResolver.Resolve(Zone, local, ref hint).Instant;
            if (exceptionIndex < _sortedExceptions.Length && _sortedExceptions[exceptionIndex].OccurrenceId < local)
            {
                throw new ArgumentException($"Series {Id}: the exception for {_sortedExceptions[exceptionIndex].OccurrenceId} is not an occurrence of the rule.", nameof(Exceptions));
            }

            if (exceptionIndex < _sortedExceptions.Length && _sortedExceptions[exceptionIndex].OccurrenceId == local)
            {
                var exception = _sortedExceptions[exceptionIndex++];
                if (exception.Kind == OccurrenceExceptionKind.Moved)
                {
                    var resolved = Zones.ZoneResolver.Resolve(Zone, exception.MovedTo!.Value);
                    moved.Add(new Occurrence(index, local, resolved.Local, resolved.Instant, resolved.Instant + Duration, resolved.Resolution, OccurrenceState.Moved));
                }
            }
        }

        if (exceptionIndex < _sortedExceptions.Length)
        {
            throw new ArgumentException($"Series {Id}: the exception for {_sortedExceptions[exceptionIndex].OccurrenceId} is not an occurrence of the rule.", nameof(Exceptions));
        }

        moved.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Index.CompareTo(b.Index));
        return (moved.ToArray(), count, last);
    }
}

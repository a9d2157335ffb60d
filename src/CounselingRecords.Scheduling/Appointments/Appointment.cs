using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Scheduling.Appointments;

/// <summary>
/// A booked (or requested) session: who (a lead clinician, optional co-clinicians, one or more clients up to the
/// capacity), what (the appointment type, with its modality and buffers copied at booking), where (location and
/// room, or none for remote sessions) and when: the local start, the IANA zone and the resolved start and end
/// instants (S1.1). The instants decide conflicts; display converts them to any viewer's zone. The status has its
/// own lifecycle with a history of every transition (S4.1). Appointments are created by the booking engine, which
/// checks conflicts; this constructor only rebuilds stored state.
/// </summary>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed partial class Appointment : IAggregateRoot<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="Appointment"/> class from its stored state.</summary>
    /// <param name="id">The id.</param>
    /// <param name="clinicianId">The lead clinician.</param>
    /// <param name="additionalClinicians">Co-clinicians (co-therapy, supervision).</param>
    /// <param name="clients">The clients booked, at most <paramref name="capacity"/>.</param>
    /// <param name="capacity">How many clients the appointment holds.</param>
    /// <param name="appointmentTypeId">The appointment type.</param>
    /// <param name="modality">How the session is delivered.</param>
    /// <param name="bufferBefore">The clinician's buffer before, copied from the type at booking.</param>
    /// <param name="bufferAfter">The clinician's buffer after, copied from the type at booking.</param>
    /// <param name="locationId">The location, if in person.</param>
    /// <param name="roomId">The room, if any.</param>
    /// <param name="localStart">The start on the clock of <paramref name="zone"/>.</param>
    /// <param name="zone">The zone the appointment was booked in.</param>
    /// <param name="startInstant">The resolved start.</param>
    /// <param name="endInstant">The resolved end.</param>
    /// <param name="bookedAt">When it was booked.</param>
    /// <param name="bookedBy">Who booked it.</param>
    /// <param name="status">The current status.</param>
    /// <param name="history">Every status transition, oldest first.</param>
    /// <param name="cancellation">How it was cancelled, when it was.</param>
    /// <param name="rescheduledFrom">The appointment this one replaces, if any.</param>
    /// <param name="rescheduledTo">The appointment that replaced this one, if any.</param>
    /// <param name="seriesId">The recurring series it belongs to, if any.</param>
    /// <param name="occurrenceId">Its occurrence's original local start in the series (the recurrence id), if any.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public Appointment(
        AppointmentId id,
        ClinicianId clinicianId,
        ImmutableArray<ClinicianId> additionalClinicians,
        ImmutableArray<ClientId> clients,
        int capacity,
        AppointmentTypeId appointmentTypeId,
        Modality modality,
        Duration bufferBefore,
        Duration bufferAfter,
        LocationId? locationId,
        RoomId? roomId,
        LocalDateTime localStart,
        DateTimeZone zone,
        Instant startInstant,
        Instant endInstant,
        Instant bookedAt,
        UserId bookedBy,
        AppointmentStatus status,
        ImmutableArray<StatusChange> history,
        CancellationRecord? cancellation,
        AppointmentId? rescheduledFrom,
        AppointmentId? rescheduledTo,
        SeriesId? seriesId,
        LocalDateTime? occurrenceId,
        long version)
    {
        if (id.Value == Guid.Empty || clinicianId.Value == Guid.Empty || appointmentTypeId.Value == Guid.Empty || bookedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An appointment needs its id, clinician, appointment type and booking user.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(zone);
        additionalClinicians = additionalClinicians.IsDefault ? [] : additionalClinicians;
        clients = clients.IsDefault ? [] : clients;
        history = history.IsDefault ? [] : history;
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (additionalClinicians.Contains(clinicianId) || additionalClinicians.Distinct().Count() != additionalClinicians.Length
            || additionalClinicians.Any(c => c.Value == Guid.Empty))
        {
            throw new ArgumentException($"Appointment {id}: co-clinicians must be distinct and differ from the lead clinician.", nameof(additionalClinicians));
        }

        if (clients.Distinct().Count() != clients.Length || clients.Any(c => c.Value == Guid.Empty) || clients.Length > capacity)
        {
            throw new ArgumentException($"Appointment {id}: clients must be distinct and at most the capacity ({capacity}).", nameof(clients));
        }

        if (endInstant <= startInstant)
        {
            throw new ArgumentException($"Appointment {id}: the end must be after the start.", nameof(endInstant));
        }

        if (bufferBefore < Duration.Zero || bufferAfter < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(bufferBefore), "Buffers cannot be negative.");
        }

        if (!Enum.IsDefined(status) || !Enum.IsDefined(modality))
        {
            throw new ArgumentOutOfRangeException(nameof(status));
        }

        if (history.Any(h => h is null) || (history.Length > 0 && history[^1].To != status))
        {
            throw new ArgumentException($"Appointment {id}: the last history entry must lead to the current status.", nameof(history));
        }

        if (status.IsCancellation() != (cancellation is not null))
        {
            throw new ArgumentException($"Appointment {id}: a cancellation record is present exactly when the status is a cancellation.", nameof(cancellation));
        }

        if ((status == AppointmentStatus.Rescheduled) != (rescheduledTo is not null))
        {
            throw new ArgumentException($"Appointment {id}: a replacement is named exactly when the status is rescheduled.", nameof(rescheduledTo));
        }

        if ((seriesId is null) != (occurrenceId is null))
        {
            throw new ArgumentException($"Appointment {id}: a series appointment names both its series and its occurrence.", nameof(occurrenceId));
        }

        Id = id;
        ClinicianId = clinicianId;
        AdditionalClinicians = additionalClinicians;
        Clients = clients;
        Capacity = capacity;
        AppointmentTypeId = appointmentTypeId;
        Modality = modality;
        BufferBefore = bufferBefore;
        BufferAfter = bufferAfter;
        LocationId = locationId;
        RoomId = roomId;
        LocalStart = localStart;
        Zone = zone;
        StartInstant = startInstant;
        EndInstant = endInstant;
        BookedAt = bookedAt;
        BookedBy = bookedBy;
        Status = status;
        History = history;
        Cancellation = cancellation;
        RescheduledFrom = rescheduledFrom;
        RescheduledTo = rescheduledTo;
        SeriesId = seriesId;
        OccurrenceId = occurrenceId;
        Version = version;
    }

    /// <summary>Gets the id.</summary>
    public AppointmentId Id { get; }

    /// <summary>Gets the lead clinician (the indexed one; see <see cref="AdditionalClinicians"/> for the others).</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the co-clinicians.</summary>
    public ImmutableArray<ClinicianId> AdditionalClinicians { get; }

    /// <summary>Gets the clients booked.</summary>
    public ImmutableArray<ClientId> Clients { get; }

    /// <summary>Gets how many clients the appointment holds.</summary>
    public int Capacity { get; }

    /// <summary>Gets the appointment type.</summary>
    public AppointmentTypeId AppointmentTypeId { get; }

    /// <summary>Gets how the session is delivered.</summary>
    public Modality Modality { get; }

    /// <summary>Gets the clinician's buffer before the session.</summary>
    public Duration BufferBefore { get; }

    /// <summary>Gets the clinician's buffer after the session.</summary>
    public Duration BufferAfter { get; }

    /// <summary>Gets the location, if in person.</summary>
    public LocationId? LocationId { get; }

    /// <summary>Gets the room, if any.</summary>
    public RoomId? RoomId { get; }

    /// <summary>Gets the start on the clock of <see cref="Zone"/>.</summary>
    public LocalDateTime LocalStart { get; }

    /// <summary>Gets the zone the appointment was booked in; it never changes when a practice, clinician or client zone changes (S1.2).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the start instant.</summary>
    public Instant StartInstant { get; }

    /// <summary>Gets the end instant.</summary>
    public Instant EndInstant { get; }

    /// <summary>Gets when it was booked.</summary>
    public Instant BookedAt { get; }

    /// <summary>Gets who booked it.</summary>
    public UserId BookedBy { get; }

    /// <summary>Gets the current status.</summary>
    public AppointmentStatus Status { get; }

    /// <summary>Gets every status transition, oldest first.</summary>
    public ImmutableArray<StatusChange> History { get; }

    /// <summary>Gets how it was cancelled, when it was.</summary>
    public CancellationRecord? Cancellation { get; }

    /// <summary>Gets the appointment this one replaces, if any (S4.4).</summary>
    public AppointmentId? RescheduledFrom { get; }

    /// <summary>Gets the appointment that replaced this one, if any (S4.4).</summary>
    public AppointmentId? RescheduledTo { get; }

    /// <summary>Gets the recurring series it belongs to, if any.</summary>
    public SeriesId? SeriesId { get; }

    /// <summary>Gets the original local start of its occurrence in the series (the recurrence id), if any.</summary>
    public LocalDateTime? OccurrenceId { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Gets the session length.</summary>
    public Duration Duration => EndInstant - StartInstant;

    /// <summary>Gets the start of the clinician's blocked time (start minus the buffer before).</summary>
    public Instant BlockedStart => StartInstant - BufferBefore;

    /// <summary>Gets the end of the clinician's blocked time (end plus the buffer after).</summary>
    public Instant BlockedEnd => EndInstant + BufferAfter;

    /// <summary>Gets a value indicating whether the appointment holds its time (S3.1–S3.4).</summary>
    public bool IsBlocking => Status.IsBlocking();

    /// <summary>Gets a value indicating whether more clients can join (a group below capacity).</summary>
    public bool HasRoomForClients => Clients.Length < Capacity;

    /// <summary>Gets every clinician of the appointment, lead first.</summary>
    public IEnumerable<ClinicianId> AllClinicians
    {
        get
        {
            yield return ClinicianId;
            foreach (var clinician in AdditionalClinicians)
            {
                yield return clinician;
            }
        }
    }

    /// <summary>Returns whether <paramref name="clinician"/> is the lead or a co-clinician.</summary>
    /// <param name="clinician">The clinician.</param>
    /// <returns><see langword="true"/> when they take part.</returns>
    public bool Involves(ClinicianId clinician) => ClinicianId == clinician || AdditionalClinicians.Contains(clinician);

    /// <summary>Returns the start as seen in a viewer's zone (S1.1).</summary>
    /// <param name="viewerZone">The viewer's zone.</param>
    /// <returns>The zoned start.</returns>
    public ZonedDateTime StartIn(DateTimeZone viewerZone) => StartInstant.InZone(viewerZone ?? throw new ArgumentNullException(nameof(viewerZone)));

    /// <summary>Returns the end as seen in a viewer's zone (S1.1).</summary>
    /// <param name="viewerZone">The viewer's zone.</param>
    /// <returns>The zoned end.</returns>
    public ZonedDateTime EndIn(DateTimeZone viewerZone) => EndInstant.InZone(viewerZone ?? throw new ArgumentNullException(nameof(viewerZone)));

    /// <inheritdoc />
    public Appointment WithVersion(long version) => Copy(version: version);

    /// <inheritdoc />
    public override string ToString() => $"Appointment {Id} ({Status}, clinician {ClinicianId}, {Clients.Length} client(s), {StartInstant})";
}

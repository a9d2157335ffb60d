using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>
/// The appointments of a schedule with interval indexes for conflict checks: per clinician over the blocked
/// interval (buffers included), per clinician over the start (for caps), per client and per room over the
/// session itself. Only blocking appointments are indexed. Each index is a persistent interval treap, so a
/// conflict query on a calendar of 100,000 appointments costs O(log n + k), not a scan; adding or replacing an
/// appointment returns a new calendar and leaves this one unchanged.
/// </summary>
public sealed class AppointmentCalendar
{
    private readonly ImmutableDictionary<AppointmentId, Appointment> _appointments;
    private readonly ImmutableDictionary<ClinicianId, IntervalTree> _clinicianBlocked;
    private readonly ImmutableDictionary<ClinicianId, IntervalTree> _clinicianStarts;
    private readonly ImmutableDictionary<ClientId, IntervalTree> _clients;
    private readonly ImmutableDictionary<RoomId, IntervalTree> _rooms;
    private readonly ImmutableDictionary<SeriesId, ImmutableHashSet<AppointmentId>> _series;

    private AppointmentCalendar(
        ImmutableDictionary<AppointmentId, Appointment> appointments,
        ImmutableDictionary<ClinicianId, IntervalTree> clinicianBlocked,
        ImmutableDictionary<ClinicianId, IntervalTree> clinicianStarts,
        ImmutableDictionary<ClientId, IntervalTree> clients,
        ImmutableDictionary<RoomId, IntervalTree> rooms,
        ImmutableDictionary<SeriesId, ImmutableHashSet<AppointmentId>> series)
    {
        _appointments = appointments;
        _clinicianBlocked = clinicianBlocked;
        _clinicianStarts = clinicianStarts;
        _clients = clients;
        _rooms = rooms;
        _series = series;
    }

    /// <summary>Gets the empty calendar.</summary>
    public static AppointmentCalendar Empty { get; } = new(
        ImmutableDictionary<AppointmentId, Appointment>.Empty,
        ImmutableDictionary<ClinicianId, IntervalTree>.Empty,
        ImmutableDictionary<ClinicianId, IntervalTree>.Empty,
        ImmutableDictionary<ClientId, IntervalTree>.Empty,
        ImmutableDictionary<RoomId, IntervalTree>.Empty,
        ImmutableDictionary<SeriesId, ImmutableHashSet<AppointmentId>>.Empty);

    /// <summary>Gets how many appointments the calendar holds (blocking or not).</summary>
    public int Count => _appointments.Count;

    /// <summary>Gets every appointment, in no particular order.</summary>
    public IEnumerable<Appointment> Appointments => _appointments.Values;

    /// <summary>Builds a calendar from stored appointments in O(n log n).</summary>
    /// <param name="appointments">The appointments; ids must be distinct.</param>
    /// <returns>The calendar.</returns>
    public static AppointmentCalendar From(IEnumerable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        var all = appointments.ToImmutableDictionary(a => a.Id);
        var blocking = all.Values.Where(a => a.IsBlocking).ToList();
        var blocked = blocking.SelectMany(a => a.AllClinicians.Select(c => (Key: c, Entry: (a.Id, Ticks(a.BlockedStart), Ticks(a.BlockedEnd)))));
        var starts = blocking.SelectMany(a => a.AllClinicians.Select(c => (Key: c, Entry: (a.Id, Ticks(a.StartInstant), Ticks(a.EndInstant)))));
        var clients = blocking.SelectMany(a => a.Clients.Select(c => (Key: c, Entry: (a.Id, Ticks(a.StartInstant), Ticks(a.EndInstant)))));
        var rooms = blocking.Where(a => a.RoomId is not null).Select(a => (Key: a.RoomId!.Value, Entry: (a.Id, Ticks(a.StartInstant), Ticks(a.EndInstant))));
        var series = all.Values.Where(a => a.SeriesId is not null)
            .GroupBy(a => a.SeriesId!.Value)
            .ToImmutableDictionary(g => g.Key, g => g.Select(a => a.Id).ToImmutableHashSet());
        return new AppointmentCalendar(all, Index(blocked), Index(starts), Index(clients), Index(rooms), series);

        static ImmutableDictionary<TKey, IntervalTree> Index<TKey>(IEnumerable<(TKey Key, (AppointmentId, long, long) Entry)> entries)
            where TKey : notnull =>
            entries.GroupBy(e => e.Key).ToImmutableDictionary(g => g.Key, g => IntervalTree.Build(g.Select(e => e.Entry)));
    }

    /// <summary>Finds an appointment.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The appointment, or <see langword="null"/>.</returns>
    public Appointment? Find(AppointmentId id) => _appointments.TryGetValue(id, out var appointment) ? appointment : null;

    /// <summary>Returns the calendar with <paramref name="appointment"/> added, or replacing the stored one with its id.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The new calendar.</returns>
    public AppointmentCalendar With(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        var calendar = Find(appointment.Id) is { } existing ? Unindex(existing) : this;
        var blocked = calendar._clinicianBlocked;
        var starts = calendar._clinicianStarts;
        var clients = calendar._clients;
        var rooms = calendar._rooms;
        if (appointment.IsBlocking)
        {
            var id = appointment.Id;
            long start = Ticks(appointment.StartInstant), end = Ticks(appointment.EndInstant);
            foreach (var clinician in appointment.AllClinicians)
            {
                blocked = blocked.SetItem(clinician, Tree(blocked, clinician).Add(id, Ticks(appointment.BlockedStart), Ticks(appointment.BlockedEnd)));
                starts = starts.SetItem(clinician, Tree(starts, clinician).Add(id, start, end));
            }

            foreach (var client in appointment.Clients)
            {
                clients = clients.SetItem(client, Tree(clients, client).Add(id, start, end));
            }

            if (appointment.RoomId is { } room)
            {
                rooms = rooms.SetItem(room, Tree(rooms, room).Add(id, start, end));
            }
        }

        var series = calendar._series;
        if (appointment.SeriesId is { } seriesId)
        {
            series = series.SetItem(seriesId, (series.TryGetValue(seriesId, out var ids) ? ids : []).Add(appointment.Id));
        }

        return new AppointmentCalendar(calendar._appointments.SetItem(appointment.Id, appointment), blocked, starts, clients, rooms, series);
    }

    /// <summary>Returns the calendar without the appointment (no change when it is absent).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The new calendar.</returns>
    public AppointmentCalendar Without(AppointmentId id)
    {
        if (Find(id) is not { } existing)
        {
            return this;
        }

        var calendar = Unindex(existing);
        var series = calendar._series;
        if (existing.SeriesId is { } seriesId && series.TryGetValue(seriesId, out var ids))
        {
            ids = ids.Remove(id);
            series = ids.IsEmpty ? series.Remove(seriesId) : series.SetItem(seriesId, ids);
        }

        return new AppointmentCalendar(calendar._appointments.Remove(id), calendar._clinicianBlocked, calendar._clinicianStarts, calendar._clients, calendar._rooms, series);
    }

    /// <summary>Returns every appointment (of any status) booked for an occurrence of the series, ordered by start.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The appointments.</returns>
    public ImmutableArray<Appointment> SeriesAppointments(SeriesId series) =>
        _series.TryGetValue(series, out var ids)
            ? ids.Select(id => _appointments[id]).OrderBy(a => a.StartInstant).ThenBy(a => a.BookedAt).ToImmutableArray()
            : [];

    /// <summary>Returns the blocking appointments of <paramref name="clinician"/> whose blocked time (buffers included) overlaps [start, end).</summary>
    /// <param name="clinician">The clinician.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The appointments, earliest blocked start first.</returns>
    public ImmutableArray<Appointment> ClinicianBlockedOverlapping(ClinicianId clinician, Instant start, Instant end) =>
        Collect(Tree(_clinicianBlocked, clinician), start, end);

    /// <summary>Returns the blocking appointments of <paramref name="client"/> overlapping [start, end).</summary>
    /// <param name="client">The client.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The appointments, earliest first.</returns>
    public ImmutableArray<Appointment> ClientOverlapping(ClientId client, Instant start, Instant end) =>
        Collect(Tree(_clients, client), start, end);

    /// <summary>Returns the blocking appointments in <paramref name="room"/> overlapping [start, end).</summary>
    /// <param name="room">The room.</param>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The appointments, earliest first.</returns>
    public ImmutableArray<Appointment> RoomOverlapping(RoomId room, Instant start, Instant end) =>
        Collect(Tree(_rooms, room), start, end);

    /// <summary>Counts the blocking appointments of <paramref name="clinician"/> starting in [from, to) (for caps, S3.7).</summary>
    /// <param name="clinician">The clinician.</param>
    /// <param name="from">The start of the range.</param>
    /// <param name="to">The end of the range.</param>
    /// <returns>The count.</returns>
    public int CountStarting(ClinicianId clinician, Instant from, Instant to) =>
        Tree(_clinicianStarts, clinician).CountStarting(Ticks(from), Ticks(to));

    /// <summary>Returns whether the clinician has any blocked time overlapping [start, end), without allocating.</summary>
    internal bool ClinicianBusy(ClinicianId clinician, Instant start, Instant end, out Instant latestEnd)
    {
        var latest = Tree(_clinicianBlocked, clinician).LatestOverlappingEnd(Ticks(start), Ticks(end));
        latestEnd = latest == long.MinValue ? default : Instant.FromUnixTimeTicks(latest);
        return latest != long.MinValue;
    }

    /// <summary>Returns whether the client has any blocking appointment overlapping [start, end), without allocating.</summary>
    internal bool ClientBusy(ClientId client, Instant start, Instant end, out Instant latestEnd)
    {
        var latest = Tree(_clients, client).LatestOverlappingEnd(Ticks(start), Ticks(end));
        latestEnd = latest == long.MinValue ? default : Instant.FromUnixTimeTicks(latest);
        return latest != long.MinValue;
    }

    /// <summary>Returns whether the room has any blocking appointment overlapping [start, end), without allocating.</summary>
    internal bool RoomBusy(RoomId room, Instant start, Instant end, out Instant latestEnd)
    {
        var latest = Tree(_rooms, room).LatestOverlappingEnd(Ticks(start), Ticks(end));
        latestEnd = latest == long.MinValue ? default : Instant.FromUnixTimeTicks(latest);
        return latest != long.MinValue;
    }

    private static long Ticks(Instant instant) => instant.ToUnixTimeTicks();

    private static IntervalTree Tree<TKey>(ImmutableDictionary<TKey, IntervalTree> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out var tree) ? tree : IntervalTree.Empty;

    private static ImmutableDictionary<TKey, IntervalTree> Drop<TKey>(ImmutableDictionary<TKey, IntervalTree> index, TKey key, AppointmentId id, long start)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var tree))
        {
            return index;
        }

        var smaller = tree.Remove(id, start);
        return smaller.IsEmpty ? index.Remove(key) : index.SetItem(key, smaller);
    }

    private ImmutableArray<Appointment> Collect(IntervalTree tree, Instant start, Instant end)
    {
        var visitor = new Collector(new List<AppointmentId>());
        tree.Query(Ticks(start), Ticks(end), ref visitor);
        return visitor.Ids.Select(id => _appointments[id]).ToImmutableArray();
    }

    private AppointmentCalendar Unindex(Appointment existing)
    {
        if (!existing.IsBlocking)
        {
            return this;
        }

        var blocked = _clinicianBlocked;
        var starts = _clinicianStarts;
        var clients = _clients;
        var rooms = _rooms;
        long start = Ticks(existing.StartInstant);
        foreach (var clinician in existing.AllClinicians)
        {
            blocked = Drop(blocked, clinician, existing.Id, Ticks(existing.BlockedStart));
            starts = Drop(starts, clinician, existing.Id, start);
        }

        foreach (var client in existing.Clients)
        {
            clients = Drop(clients, client, existing.Id, start);
        }

        if (existing.RoomId is { } room)
        {
            rooms = Drop(rooms, room, existing.Id, start);
        }

        return new AppointmentCalendar(_appointments, blocked, starts, clients, rooms, _series);
    }

    private readonly struct Collector(List<AppointmentId> ids) : IIntervalVisitor
    {
        public List<AppointmentId> Ids { get; } = ids;

        public bool Visit(AppointmentId id, long start, long end)
        {
            Ids.Add(id);
            return true;
        }
    }
}

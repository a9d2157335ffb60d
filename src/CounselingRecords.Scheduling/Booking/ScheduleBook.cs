using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Recurrence;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>
/// The working set the booking engine decides on: the appointments (indexed), each clinician's availability and
/// rules, the appointment types and the recurring series. It is immutable: the engine returns a new book with a
/// booking applied, or the same book when the booking is refused, so nothing is ever half-booked (S3.10). A host
/// loads it from storage (for example the appointments of the affected clinicians, clients and rooms around the
/// requested time) and saves the appointments and series a <see cref="BookingResult"/> lists.
/// </summary>
public sealed class ScheduleBook
{
    /// <summary>Initializes a new instance of the <see cref="ScheduleBook"/> class.</summary>
    /// <param name="calendar">The appointments.</param>
    /// <param name="availability">Each clinician's availability.</param>
    /// <param name="appointmentTypes">The appointment types.</param>
    /// <param name="series">The recurring series.</param>
    public ScheduleBook(
        AppointmentCalendar calendar,
        ImmutableDictionary<ClinicianId, ClinicianAvailability> availability,
        ImmutableDictionary<AppointmentTypeId, AppointmentType> appointmentTypes,
        ImmutableDictionary<SeriesId, RecurringSeries> series)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
        Availability = availability ?? ImmutableDictionary<ClinicianId, ClinicianAvailability>.Empty;
        AppointmentTypes = appointmentTypes ?? ImmutableDictionary<AppointmentTypeId, AppointmentType>.Empty;
        Series = series ?? ImmutableDictionary<SeriesId, RecurringSeries>.Empty;
    }

    /// <summary>Gets an empty book.</summary>
    public static ScheduleBook Empty { get; } = new(
        AppointmentCalendar.Empty,
        ImmutableDictionary<ClinicianId, ClinicianAvailability>.Empty,
        ImmutableDictionary<AppointmentTypeId, AppointmentType>.Empty,
        ImmutableDictionary<SeriesId, RecurringSeries>.Empty);

    /// <summary>Gets the appointments.</summary>
    public AppointmentCalendar Calendar { get; }

    /// <summary>Gets each clinician's availability.</summary>
    public ImmutableDictionary<ClinicianId, ClinicianAvailability> Availability { get; }

    /// <summary>Gets the appointment types.</summary>
    public ImmutableDictionary<AppointmentTypeId, AppointmentType> AppointmentTypes { get; }

    /// <summary>Gets the recurring series.</summary>
    public ImmutableDictionary<SeriesId, RecurringSeries> Series { get; }

    /// <summary>Returns the book with a clinician's availability set.</summary>
    /// <param name="availability">The availability.</param>
    /// <returns>The new book.</returns>
    public ScheduleBook WithAvailability(ClinicianAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return new(Calendar, Availability.SetItem(availability.ClinicianId, availability), AppointmentTypes, Series);
    }

    /// <summary>Returns the book with an appointment type set.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The new book.</returns>
    public ScheduleBook WithAppointmentType(AppointmentType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new(Calendar, Availability, AppointmentTypes.SetItem(type.Id, type), Series);
    }

    /// <summary>Returns the book with an appointment added or replaced (for example after a status change).</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The new book.</returns>
    public ScheduleBook WithAppointment(Appointment appointment) => new(Calendar.With(appointment), Availability, AppointmentTypes, Series);

    /// <summary>Returns the book with stored appointments loaded (built in O(n log n)).</summary>
    /// <param name="appointments">The appointments.</param>
    /// <returns>The new book.</returns>
    public ScheduleBook WithAppointments(IEnumerable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        var calendar = Calendar.Count == 0
            ? AppointmentCalendar.From(appointments)
            : appointments.Aggregate(Calendar, (c, a) => c.With(a));
        return new(calendar, Availability, AppointmentTypes, Series);
    }

    /// <summary>Returns the book with a series added or replaced.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The new book.</returns>
    public ScheduleBook WithSeries(RecurringSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new(Calendar, Availability, AppointmentTypes, Series.SetItem(series.Id, series));
    }

    /// <summary>Finds an appointment.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The appointment, or <see langword="null"/>.</returns>
    public Appointment? FindAppointment(AppointmentId id) => Calendar.Find(id);

    /// <summary>Finds a series.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The series, or <see langword="null"/>.</returns>
    public RecurringSeries? FindSeries(SeriesId id) => Series.TryGetValue(id, out var series) ? series : null;

    /// <summary>Finds an appointment type.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public AppointmentType? FindAppointmentType(AppointmentTypeId id) => AppointmentTypes.TryGetValue(id, out var type) ? type : null;

    /// <summary>Finds a clinician's availability.</summary>
    /// <param name="clinician">The clinician.</param>
    /// <returns>The availability, or <see langword="null"/>.</returns>
    public ClinicianAvailability? AvailabilityOf(ClinicianId clinician) => Availability.TryGetValue(clinician, out var availability) ? availability : null;
}

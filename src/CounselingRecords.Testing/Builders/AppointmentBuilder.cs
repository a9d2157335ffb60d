using CounselingRecords.Access;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Testing.Builders;

/// <summary>
/// Books an <see cref="Appointment"/> through the real <see cref="BookingEngine"/>, so the appointment is one the
/// engine accepts: by default a 50-minute in-person individual session with <see cref="TestActors.Clinician"/> on
/// Monday 2026-01-12 at 10:00 America/New_York, booked by the front desk at <see cref="TestClock.DefaultStart"/>, in a
/// schedule where the clinician works weekdays 08:00–18:00. Every call returns a new builder.
/// </summary>
public sealed class AppointmentBuilder
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private readonly ClinicianId _clinician;
    private readonly LocalDateTime _start;
    private readonly DateTimeZone _zone;
    private readonly AppointmentType _type;
    private readonly Instant _bookedAt;
    private readonly ScheduleBook? _book;

    /// <summary>Initializes a new instance of the <see cref="AppointmentBuilder"/> class with the defaults.</summary>
    public AppointmentBuilder()
        : this(TestActors.Clinician.ClinicianId!.Value, new LocalDateTime(2026, 1, 12, 10, 0), NewYork, Individual(Duration.FromMinutes(50), Modality.InPerson), TestClock.DefaultStart, null)
    {
    }

    private AppointmentBuilder(ClinicianId clinician, LocalDateTime start, DateTimeZone zone, AppointmentType type, Instant bookedAt, ScheduleBook? book)
    {
        _clinician = clinician;
        _start = start;
        _zone = zone;
        _type = type;
        _bookedAt = bookedAt;
        _book = book;
    }

    /// <summary>Sets the clinician.</summary>
    /// <param name="clinician">The clinician.</param>
    /// <returns>A new builder.</returns>
    public AppointmentBuilder With(ClinicianId clinician) => new(clinician, _start, _zone, _type, _bookedAt, _book);

    /// <summary>Sets the local start and its zone (the wall-clock time is kept; the instant is resolved by the engine).</summary>
    /// <param name="start">The local start.</param>
    /// <param name="zone">The zone; America/New_York when omitted.</param>
    /// <returns>A new builder.</returns>
    public AppointmentBuilder StartingAt(LocalDateTime start, DateTimeZone? zone = null) => new(_clinician, start, zone ?? _zone, _type, _bookedAt, _book);

    /// <summary>Sets the appointment type (length, buffers, modality, capacity).</summary>
    /// <param name="type">The appointment type.</param>
    /// <returns>A new builder.</returns>
    public AppointmentBuilder OfType(AppointmentType type) => new(_clinician, _start, _zone, type ?? throw new ArgumentNullException(nameof(type)), _bookedAt, _book);

    /// <summary>Sets when the booking is made (the booking rules' notice and horizon are measured from it).</summary>
    /// <param name="bookedAt">The instant.</param>
    /// <returns>A new builder.</returns>
    public AppointmentBuilder BookedAt(Instant bookedAt) => new(_clinician, _start, _zone, _type, bookedAt, _book);

    /// <summary>
    /// Books into <paramref name="book"/> instead of the default schedule (the book must know the appointment type and
    /// the clinician's availability), for example to test conflicts with appointments already in it.
    /// </summary>
    /// <param name="book">The schedule.</param>
    /// <returns>A new builder.</returns>
    public AppointmentBuilder In(ScheduleBook book) => new(_clinician, _start, _zone, _type, _bookedAt, book ?? throw new ArgumentNullException(nameof(book)));

    /// <summary>Gets an individual appointment type of the given length and modality, with no buffers.</summary>
    /// <param name="length">The length.</param>
    /// <param name="modality">The modality.</param>
    /// <returns>The appointment type.</returns>
    public static AppointmentType Individual(Duration length, Modality modality) =>
        new(TestIds.Numbered<AppointmentTypeId>((int)length.TotalMinutes * 10 + (int)modality + 1), $"Individual {(int)length.TotalMinutes}", length, Duration.Zero, Duration.Zero, modality, true, 1, 0);

    /// <summary>Returns the schedule the appointment is booked into: the given one, or the clinician working weekdays 08:00–18:00 from 2026-01-01.</summary>
    /// <returns>The schedule.</returns>
    public ScheduleBook Schedule() => _book ?? ScheduleBook.Empty
        .WithAppointmentType(_type)
        .WithAvailability(ClinicianAvailability.Weekly(
            _clinician,
            _zone,
            new LocalDate(2026, 1, 1),
            new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
                .Select(day => new WorkingBlock(day, new LocalTime(8, 0), new LocalTime(18, 0), null))));

    /// <summary>Books the appointment for <paramref name="client"/>.</summary>
    /// <param name="ids">The id generator.</param>
    /// <param name="client">The client.</param>
    /// <param name="bookedBy">Who books; the front desk when omitted.</param>
    /// <returns>The scheduled appointment.</returns>
    /// <exception cref="InvalidOperationException">The engine refused the booking; the message carries the conflicts.</exception>
    public Appointment Build(IIdGenerator ids, ClientId client, Actor? bookedBy = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var engine = new BookingEngine(new FakeClock(_bookedAt), ids);
        var result = engine.Book(Schedule(), new BookingRequest(_clinician, [client], _type.Id, _start, _zone), bookedBy ?? TestActors.FrontDesk);
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"The builder could not book the appointment: {result.Error}");
        }

        return result.Appointment;
    }
}

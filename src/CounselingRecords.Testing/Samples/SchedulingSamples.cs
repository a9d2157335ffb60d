using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Rules;
using CounselingRecords.Scheduling.Waitlist;
using CounselingRecords.Scheduling.Zones;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Testing.Samples;

/// <summary>
/// Realistic, fully populated aggregates of the scheduling area, built through the booking engine and the aggregates'
/// verbs: a group appointment of a series (two clients, a co-clinician, location, room, buffers) rescheduled and then
/// late-cancelled; the series after a split; availability with two schedules, exceptions and rules; a waitlist entry
/// with offers; a zone directory with every kind of zone.
/// </summary>
public static class SchedulingSamples
{
    private static readonly LocationId Office = TestIds.Numbered<LocationId>(1);
    private static readonly RoomId GroupRoom = TestIds.Numbered<RoomId>(1);

    /// <summary>Gets the 90-minute group type (capacity 8, 10-minute buffers), the type of the sample appointments.</summary>
    public static AppointmentType GroupType { get; } = Scheduling.AppointmentTypes.AppointmentType
        .Individual(TestIds.Numbered<AppointmentTypeId>(3), "Group 90", Duration.FromMinutes(90), Modality.InPerson, Duration.FromMinutes(10), Duration.FromMinutes(10), allowedForNewClients: false)
        .WithCapacity(8);

    /// <summary>Builds the group type as stored (an appointment type is practice configuration built with its factory and <c>With…</c> verbs).</summary>
    /// <returns>The type.</returns>
    public static AppointmentType AppointmentType() => GroupType;

    /// <summary>Builds the associate's availability: a schedule replaced by a newer one, time off and extra hours, caps.</summary>
    /// <param name="clinician">The clinician; the associate when not given.</param>
    /// <returns>The availability.</returns>
    public static ClinicianAvailability ClinicianAvailability(ClinicianId? clinician = null)
    {
        var days = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday };
        return Scheduling.Availability.ClinicianAvailability
            .Weekly(clinician ?? SampleWorld.Associate, SampleWorld.NewYork, new LocalDate(2025, 1, 1), days.Select(d => new WorkingBlock(d, new LocalTime(8, 0), new LocalTime(18, 0), d == IsoDayOfWeek.Monday ? Office : null)))
            .WithSchedule(new WeeklySchedule(new LocalDate(2027, 1, 1), null, [new WorkingBlock(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(13, 0), null)]))
            .WithException(AvailabilityException.TimeOff(new LocalDateTime(2026, 3, 16, 0, 0), new LocalDateTime(2026, 3, 21, 0, 0), "Conference"))
            .WithException(new AvailabilityException(AvailabilityExceptionKind.ExtraHours, new LocalDateTime(2026, 3, 28, 9, 0), new LocalDateTime(2026, 3, 28, 13, 0), Office, "Saturday clinic"))
            .WithRules(new BookingRules(Duration.FromHours(12), Duration.FromDays(180), Duration.FromDays(365), 8, 30));
    }

    /// <summary>Builds a group appointment: an occurrence of a weekly series, rescheduled from its first date, confirmed, then late-cancelled.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The replacement appointment.</returns>
    public static Appointment Appointment(int seed = 9)
    {
        var (book, series, engine, clock) = BookSeries(seed);
        var first = book.Calendar.Appointments.Where(a => a.SeriesId == series.Id).OrderBy(a => a.StartInstant).First();
        var rescheduled = engine.Reschedule(book, first.Id, first.LocalStart.PlusHours(2), TestActors.FrontDesk, "Client asked for a later time");
        Require(rescheduled);
        var replacement = rescheduled.Appointments.Single(a => a.RescheduledFrom == first.Id);
        clock.AdvanceHours(1);
        var confirmed = SampleWorld.Ok(replacement.Confirm(TestActors.FrontDesk, clock.GetCurrentInstant(), "sms"));
        clock.Reset(confirmed.StartInstant - Duration.FromHours(5));
        var cancelled = engine.CancelByClient(rescheduled.Book.WithAppointment(confirmed), confirmed.Id, TestActors.FrontDesk, confirmed.StartInstant - Duration.FromHours(6), late: true, "Car trouble");
        Require(cancelled);
        return cancelled.Appointment;
    }

    /// <summary>Builds a weekly group series split at its third occurrence (the first part, ended, naming its continuation), with a moved and a cancelled occurrence.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The series.</returns>
    public static RecurringSeries RecurringSeries(int seed = 10)
    {
        var (book, series, engine, clock) = BookSeries(seed);
        var occurrences = book.Calendar.Appointments.Where(a => a.SeriesId == series.Id).OrderBy(a => a.StartInstant).Select(a => a.OccurrenceId!.Value).ToList();
        series = SampleWorld.Ok(series.MoveOccurrence(occurrences[1], occurrences[1].PlusDays(1), TestActors.FrontDesk, clock.GetCurrentInstant(), "Holiday"));
        series = SampleWorld.Ok(series.CancelOccurrence(occurrences[3], TestActors.FrontDesk, clock.GetCurrentInstant(), "Clinician away"));
        var split = engine.SplitSeries(book.WithSeries(series), series.Id, occurrences[4], new SeriesChange(TimeOfDay: new LocalTime(17, 0)), TestActors.FrontDesk);
        Require(split);
        return split.Series.Single(s => s.Id == series.Id);
    }

    /// <summary>Builds a waitlist entry with preferences, a declined offer and an accepted one.</summary>
    /// <param name="seed">The seed of the ids.</param>
    /// <returns>The entry.</returns>
    public static WaitlistEntry WaitlistEntry(int seed = 11)
    {
        var joined = SampleWorld.Ny(2026, 2, 1, 9);
        var entry = Scheduling.Waitlist.WaitlistEntry.Join(
            TestIds.Numbered<WaitlistEntryId>(seed),
            TestIds.Numbered<ClientId>(seed),
            DateTimeZoneProviders.Tzdb["America/Chicago"],
            new WaitlistPreferences(GroupType.Id, [SampleWorld.Associate, SampleWorld.Licensed], [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], [new TimeWindow(new LocalTime(16, 0), new LocalTime(19, 0))], [Modality.InPerson, Modality.Video]),
            joined,
            priority: 2,
            expiresAt: joined + Duration.FromDays(90));
        var slot = new FreedSlot(SampleWorld.Associate, GroupType.Id, Modality.InPerson, SampleWorld.Ny(2026, 2, 9, 17), SampleWorld.Ny(2026, 2, 9, 18, 30), Office, TestIds.Numbered<AppointmentId>(70));
        entry = SampleWorld.Ok(entry.Offer(slot, Duration.FromHours(4), TestActors.FrontDesk, SampleWorld.Ny(2026, 2, 5, 9)));
        entry = SampleWorld.Ok(entry.Decline(1, TestActors.FrontDesk, SampleWorld.Ny(2026, 2, 5, 10)));
        entry = SampleWorld.Ok(entry.Offer(slot with { Start = SampleWorld.Ny(2026, 2, 11, 17), End = SampleWorld.Ny(2026, 2, 11, 18, 30), Source = TestIds.Numbered<AppointmentId>(71) }, Duration.FromHours(4), TestActors.FrontDesk, SampleWorld.Ny(2026, 2, 6, 9)));
        return SampleWorld.Ok(entry.Accept(2, TestIds.Numbered<AppointmentId>(72), TestActors.FrontDesk, SampleWorld.Ny(2026, 2, 6, 10)));
    }

    /// <summary>Builds the practice's zone directory with a location, a clinician and a client zone.</summary>
    /// <param name="seed">The seed of the practice id.</param>
    /// <returns>The directory.</returns>
    public static ZoneDirectory ZoneDirectory(int seed = 12) =>
        Scheduling.Zones.ZoneDirectory.ForPractice(TestIds.Numbered<PracticeId>(seed), SampleWorld.NewYork)
            .WithLocationZone(Office, SampleWorld.NewYork)
            .WithLocationZone(TestIds.Numbered<LocationId>(2), DateTimeZoneProviders.Tzdb["America/Chicago"])
            .WithClinicianZone(SampleWorld.Licensed, DateTimeZoneProviders.Tzdb["America/Denver"])
            .WithClientZone(TestIds.Numbered<ClientId>(1), DateTimeZoneProviders.Tzdb["America/Los_Angeles"])
            .WithClientZone(TestIds.Numbered<ClientId>(2), DateTimeZoneProviders.Tzdb["Pacific/Honolulu"]);

    private static (ScheduleBook Book, RecurringSeries Series, BookingEngine Engine, FakeClock Clock) BookSeries(int seed)
    {
        var clock = new FakeClock(SampleWorld.Ny(2026, 2, 23, 9));
        var engine = new BookingEngine(clock, TestIds.Seeded(seed));
        var book = ScheduleBook.Empty
            .WithAppointmentType(GroupType)
            .WithAvailability(Scheduling.Availability.ClinicianAvailability.Weekly(SampleWorld.Associate, SampleWorld.NewYork, new LocalDate(2026, 1, 1), Weekdays()))
            .WithAvailability(Scheduling.Availability.ClinicianAvailability.Weekly(SampleWorld.Licensed, SampleWorld.NewYork, new LocalDate(2026, 1, 1), Weekdays()));
        var booked = engine.BookSeries(
            book,
            new SeriesRequest(
                SampleWorld.Associate,
                [TestIds.Numbered<ClientId>(1), TestIds.Numbered<ClientId>(2)],
                GroupType.Id,
                SampleWorld.NewYork,
                new LocalDate(2026, 3, 2),
                new LocalTime(14, 0),
                RecurrenceRule.Weekly(count: 8, days: IsoDayOfWeek.Monday),
                Office,
                GroupRoom,
                [SampleWorld.Licensed]),
            TestActors.FrontDesk);
        Require(booked);
        clock.AdvanceDays(1);
        return (booked.Book, booked.Series.Single(), engine, clock);
    }

    private static IEnumerable<WorkingBlock> Weekdays() =>
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .Select(d => new WorkingBlock(d, new LocalTime(8, 0), new LocalTime(20, 0), null));

    private static void Require(BookingResult result)
    {
        if (!result.Accepted)
        {
            throw new InvalidOperationException($"Sample could not be booked: {result.Error!.Code}: {result.Error.Message}");
        }
    }
}

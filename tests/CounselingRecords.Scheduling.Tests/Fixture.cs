using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Rules;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Scheduling.Tests;

/// <summary>A small practice in New York: two clinicians working 08:00–18:00 Monday to Friday and Saturday mornings, two rooms.</summary>
internal static class Fixture
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    public static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    public static readonly ClinicianId Clinician1 = TestIds.Numbered<ClinicianId>(1);
    public static readonly ClinicianId Clinician2 = TestIds.Numbered<ClinicianId>(2);
    public static readonly ClientId Client1 = TestIds.Numbered<ClientId>(1);
    public static readonly ClientId Client2 = TestIds.Numbered<ClientId>(2);
    public static readonly ClientId Client3 = TestIds.Numbered<ClientId>(3);
    public static readonly LocationId Office = TestIds.Numbered<LocationId>(1);
    public static readonly RoomId Room1 = TestIds.Numbered<RoomId>(1);
    public static readonly RoomId Room2 = TestIds.Numbered<RoomId>(2);

    /// <summary>50 minutes, 10-minute buffer after, in person.</summary>
    public static readonly AppointmentType Therapy = new(TestIds.Numbered<AppointmentTypeId>(1), "Individual 50", Duration.FromMinutes(50), Duration.Zero, Duration.FromMinutes(10), Modality.InPerson, true, 1, 0);

    /// <summary>A 30-minute video review for returning clients only.</summary>
    public static readonly AppointmentType Review = new(TestIds.Numbered<AppointmentTypeId>(2), "Review", Duration.FromMinutes(30), Duration.Zero, Duration.Zero, Modality.Video, false, 1, 0);

    /// <summary>A 90-minute group of up to 3.</summary>
    public static readonly AppointmentType Group = new(TestIds.Numbered<AppointmentTypeId>(3), "Group", Duration.FromMinutes(90), Duration.Zero, Duration.Zero, Modality.InPerson, true, 3, 0);

    /// <summary>A video session with 15-minute buffers before and after.</summary>
    public static readonly AppointmentType Buffered = new(TestIds.Numbered<AppointmentTypeId>(4), "Buffered video", Duration.FromMinutes(45), Duration.FromMinutes(15), Duration.FromMinutes(15), Modality.Video, true, 1, 0);

    public static Actor Staff => TestActors.FrontDesk;

    public static Actor Client => TestActors.Client;

    /// <summary>Monday 2026-03-02 09:00 New York (before the 2026-03-08 spring-forward change).</summary>
    public static readonly Instant Now = new LocalDateTime(2026, 3, 2, 9, 0).InZoneStrictly(NewYork).ToInstant();

    public static ImmutableArray<WorkingBlock> WeekdayBlocks(LocationId? location = null) =>
    [
        .. new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .Select(d => new WorkingBlock(d, new LocalTime(8, 0), new LocalTime(18, 0), location)),
        new WorkingBlock(IsoDayOfWeek.Saturday, new LocalTime(9, 0), new LocalTime(12, 0), location),
    ];

    public static ClinicianAvailability Availability(ClinicianId clinician, BookingRules? rules = null, DateTimeZone? zone = null) =>
        ClinicianAvailability.Weekly(clinician, zone ?? NewYork, new LocalDate(2026, 1, 1), WeekdayBlocks(), rules);

    public static ScheduleBook Book(BookingRules? rules = null) => ScheduleBook.Empty
        .WithAppointmentType(Therapy).WithAppointmentType(Review).WithAppointmentType(Group).WithAppointmentType(Buffered)
        .WithAvailability(Availability(Clinician1, rules))
        .WithAvailability(Availability(Clinician2, rules));

    public static FakeClock Clock(Instant? at = null) => new(at ?? Now);

    public static BookingEngine Engine(FakeClock? clock = null, int seed = 7) => new(clock ?? Clock(), TestIds.Seeded(seed));

    public static BookingRequest Request(LocalDateTime local, ClinicianId? clinician = null, ClientId? client = null, AppointmentType? type = null, RoomId? room = null, DateTimeZone? zone = null) =>
        new(clinician ?? Clinician1, [client ?? Client1], (type ?? Therapy).Id, local, zone ?? NewYork, room is null ? null : Office, room);

    public static LocalDateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute);
}

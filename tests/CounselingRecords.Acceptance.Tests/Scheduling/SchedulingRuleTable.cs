using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Scheduling.Rules;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Acceptance.Tests.Scheduling;

/// <summary>
/// The booking rules of docs/scheduling.md (S2–S3, with R4.9 for notice) as a table: one row per rule case. Each
/// row books into a day where clinician 1 works 09:00–17:00 in New York, already has 10:00–10:50 (+10 min buffer)
/// with client 1 in room 1, and books under a 2-hour notice, 60-day horizon and a daily cap of 3.
/// </summary>
public sealed class SchedulingRuleTable
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly ClinicianId Clinician = TestIds.Numbered<ClinicianId>(1);
    private static readonly ClinicianId OtherClinician = TestIds.Numbered<ClinicianId>(2);
    private static readonly LocationId Office = TestIds.Numbered<LocationId>(1);
    private static readonly AppointmentType Therapy = new(TestIds.Numbered<AppointmentTypeId>(1), "Individual", Duration.FromMinutes(50), Duration.Zero, Duration.FromMinutes(10), Modality.InPerson, true, 1, 0);
    private static readonly AppointmentType ReturningOnly = new(TestIds.Numbered<AppointmentTypeId>(2), "Review", Duration.FromMinutes(50), Duration.Zero, Duration.Zero, Modality.Video, false, 1, 0);

    // Monday 2026-03-09 08:00 EDT.
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 9, 12, 0);

    public static TheoryData<string, string, int, int, int, int, int, bool, string?> Rows => new()
    {
        // rule, case, day (1 = 2026-03-01), hour, minute, client, room (0 none), new client, expected code (null = accepted)
        { "S2.1", "inside the working block", 9, 14, 0, 2, 0, false, null },
        { "S2.4", "ends after the block (16:30–17:20)", 9, 16, 30, 2, 0, false, SchedulingErrorCodes.OutsideAvailability },
        { "S2.1", "Sunday has no block", 15, 11, 0, 2, 0, false, SchedulingErrorCodes.OutsideAvailability },
        { "S3.1", "overlaps the 10:00 session", 9, 10, 30, 2, 0, false, SchedulingErrorCodes.ClinicianDoubleBooked },
        { "S3.2", "starts in the 10-minute buffer after it", 9, 10, 55, 2, 0, false, SchedulingErrorCodes.InsideBuffer },
        { "S3.2", "starts when the buffer ends", 9, 11, 0, 2, 0, false, null },
        { "S3.3", "client 1 is busy with another clinician", 9, 10, 0, 1, -1, false, SchedulingErrorCodes.ClientDoubleBooked },
        { "S3.4", "room 1 is in use", 9, 10, 0, 2, -1, false, SchedulingErrorCodes.RoomTaken },
        { "S3.5/R4.9", "1 h 30 min of notice", 9, 9, 30, 2, 0, false, SchedulingErrorCodes.NoticeTooShort },
        { "S3.5/R4.9", "exactly 2 h of notice is enough", 9, 10, 0, 3, 2, false, SchedulingErrorCodes.ClinicianDoubleBooked },
        { "S3.6", "63 days ahead (2026-05-11)", 72, 11, 0, 2, 0, false, SchedulingErrorCodes.BeyondHorizon },
        { "S3.7", "fourth session of the day", 10, 15, 0, 2, 0, false, SchedulingErrorCodes.DailyCapReached },
        { "S3.8", "type closed to new clients", 9, 14, 0, 2, 0, true, SchedulingErrorCodes.NotAllowedForNewClients },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Booking_RuleCase_IsDecidedAsTheRuleSays(string rule, string description, int day, int hour, int minute, int client, int room, bool newClient, string? expectedCode)
    {
        Assert.False(string.IsNullOrEmpty(rule + description));
        var (engine, book) = Setup();
        var local = new LocalDate(2026, 3, 1).PlusDays(day - 1).At(new LocalTime(hour, minute)); // day 1 = 2026-03-01
        var clinician = room == -1 ? OtherClinician : Clinician;
        var roomId = room switch { -1 => TestIds.Numbered<RoomId>(1), 0 => (RoomId?)null, var r => TestIds.Numbered<RoomId>(r) };
        var request = new BookingRequest(clinician, [TestIds.Numbered<ClientId>(client)], (newClient ? ReturningOnly : Therapy).Id, local, NewYork,
            roomId is null ? null : Office, roomId, ClientIsNew: newClient);
        if (description.StartsWith("client 1", StringComparison.Ordinal))
        {
            request = request with { Room = null, Location = null };
        }

        var result = engine.Book(book, request, TestActors.FrontDesk);

        if (expectedCode is null)
        {
            Assert.True(result.Accepted, result.Error?.ToString());
        }
        else
        {
            Assert.Contains(expectedCode, result.Conflicts.Select(c => c.Code));
            Assert.All(result.Conflicts, c => Assert.False(string.IsNullOrWhiteSpace(c.RuleId)));
        }
    }

    [Theory]
    [InlineData("S4.2/R4.9", -60, true)]
    [InlineData("S4.2/R4.9", 0, false)]
    [InlineData("S4.2/R4.9", 5, false)]
    public void ClientCancellation_ReceivedRelativeToStart_IsACancellationOnlyBeforeTheStart(string rule, int minutesAfterStart, bool accepted)
    {
        Assert.NotEmpty(rule);
        var (engine, book) = Setup();
        var appointment = book.Calendar.Appointments.Single(a => a.LocalStart == new LocalDateTime(2026, 3, 9, 10, 0));
        var received = appointment.StartInstant + Duration.FromMinutes(minutesAfterStart);

        var result = appointment.CancelByClient(TestActors.Client, received, received + Duration.FromMinutes(1));

        Assert.Equal(accepted, result.Success);
        if (!accepted)
        {
            Assert.Equal(SchedulingErrorCodes.CancellationAfterStart, result.Error.Code);
        }

        Assert.NotNull(engine);
    }

    private static (BookingEngine Engine, ScheduleBook Book) Setup()
    {
        var blocks = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday }
            .Select(d => new WorkingBlock(d, new LocalTime(9, 0), new LocalTime(17, 0), null)).ToImmutableArray();
        var rules = new BookingRules(Duration.FromHours(2), Duration.FromDays(60), Duration.FromDays(365), 3, null);
        var book = ScheduleBook.Empty.WithAppointmentType(Therapy).WithAppointmentType(ReturningOnly)
            .WithAvailability(ClinicianAvailability.Weekly(Clinician, NewYork, new LocalDate(2026, 1, 1), blocks, rules))
            .WithAvailability(ClinicianAvailability.Weekly(OtherClinician, NewYork, new LocalDate(2026, 1, 1), blocks, BookingRules.Unrestricted));
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0));
        var engine = new BookingEngine(clock, TestIds.Seeded(3));
        book = engine.Book(book, new BookingRequest(Clinician, [TestIds.Numbered<ClientId>(1)], Therapy.Id, new LocalDateTime(2026, 3, 9, 10, 0), NewYork, Office, TestIds.Numbered<RoomId>(1)), TestActors.FrontDesk).Book;
        foreach (var hour in new[] { 9, 11, 13 })
        {
            book = engine.Book(book, new BookingRequest(Clinician, [TestIds.Numbered<ClientId>(5)], Therapy.Id, new LocalDateTime(2026, 3, 10, hour, 0), NewYork), TestActors.FrontDesk).Book;
        }

        clock.Reset(Now);
        return (engine, book);
    }
}

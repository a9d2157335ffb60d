using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling;
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
/// The boundaries of S3.5 (minimum notice), S3.6 (maximum advance), S3.7 (weekly cap) and S3.9 (capacity): the
/// exact limit is accepted for that rule (its conflict is absent) and one minute or one booking beyond it is
/// refused with that rule's code. The clinician works Monday–Saturday 09:00–17:00 in New York; "now" is Monday
/// 2026-03-09 12:00 EDT; the rules ask for 2 hours of notice, at most 60 days ahead and at most 4 sessions a week.
/// </summary>
public sealed class SchedulingBoundaryTable
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly ClinicianId Clinician = TestIds.Numbered<ClinicianId>(11);
    private static readonly AppointmentType Therapy = new(TestIds.Numbered<AppointmentTypeId>(11), "Individual", Duration.FromMinutes(50), Duration.Zero, Duration.Zero, Modality.InPerson, true, 1, 0);
    private static readonly AppointmentType Group = new(TestIds.Numbered<AppointmentTypeId>(12), "Group", Duration.FromMinutes(90), Duration.Zero, Duration.Zero, Modality.InPerson, true, 3, 0);
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 9, 16, 0); // Monday 12:00 EDT

    [Theory]
    [InlineData("S3.5/R4.9", "exactly 2 h of notice (14:00)", 2026, 3, 9, 14, 0, SchedulingErrorCodes.NoticeTooShort, false)]
    [InlineData("S3.5/R4.9", "one minute less than 2 h (13:59)", 2026, 3, 9, 13, 59, SchedulingErrorCodes.NoticeTooShort, true)]
    [InlineData("S3.6", "exactly 60 days ahead (2026-05-08 12:00 EDT)", 2026, 5, 8, 12, 0, SchedulingErrorCodes.BeyondHorizon, false)]
    [InlineData("S3.6", "60 days and one minute ahead (12:01)", 2026, 5, 8, 12, 1, SchedulingErrorCodes.BeyondHorizon, true)]
    public void Booking_AtTheLimit_HasNoConflictForThatRule_AndOneMinuteBeyondHasIt(string rule, string @case, int y, int m, int d, int hour, int minute, string code, bool present)
    {
        var (engine, book) = Setup(0);

        var conflicts = engine.Check(book, Request(new LocalDateTime(y, m, d, hour, minute), 1));

        Assert.True(present == conflicts.Any(c => c.Code == code), $"{rule} {@case}: {string.Join(", ", conflicts.Select(c => c.Code))}");
        Assert.True(present || conflicts.IsEmpty, $"{rule} {@case}: {string.Join(", ", conflicts.Select(c => c.Code))}");
    }

    [Theory]
    [InlineData("S3.7", "fourth session of the ISO week (cap 4)", 3, 2026, 3, 13, false)]
    [InlineData("S3.7", "fifth session of the ISO week", 4, 2026, 3, 13, true)]
    [InlineData("S3.7", "Sunday is still the same ISO week", 4, 2026, 3, 15, true)]
    [InlineData("S3.7", "the next Monday starts a new week", 4, 2026, 3, 16, false)]
    public void Booking_WeeklyCap_CountsTheIsoWeek(string rule, string @case, int alreadyBooked, int y, int m, int d, bool refused)
    {
        var (engine, book) = Setup(alreadyBooked);

        var result = engine.Book(book, Request(new LocalDateTime(y, m, d, 15, 0), 1), TestActors.FrontDesk);

        Assert.True(refused == result.Conflicts.Any(c => c.Code == SchedulingErrorCodes.WeeklyCapReached), $"{rule} {@case}");
        Assert.True(refused != result.Accepted, $"{rule} {@case}: {string.Join(", ", result.Conflicts.Select(c => c.Code))}");
    }

    [Theory]
    [InlineData("S3.9/R1.13", "group of 3 at a capacity of 3", 3, false)]
    [InlineData("S3.9/R1.13", "group of 4 at a capacity of 3", 4, true)]
    [InlineData("S3.9", "a single client in a group slot", 1, false)]
    public void Booking_GroupCapacity(string rule, string @case, int clients, bool refused)
    {
        var (engine, book) = Setup(0);
        var request = new BookingRequest(Clinician, [.. Enumerable.Range(20, clients).Select(TestIds.Numbered<ClientId>)], Group.Id, new LocalDateTime(2026, 3, 12, 10, 0), NewYork);

        var result = engine.Book(book, request, TestActors.FrontDesk);

        Assert.True(refused == result.Conflicts.Any(c => c.Code == SchedulingErrorCodes.CapacityExceeded), $"{rule} {@case}");
        Assert.True(refused != result.Accepted, $"{rule} {@case}");
    }

    private static BookingRequest Request(LocalDateTime start, int client) =>
        new(Clinician, [TestIds.Numbered<ClientId>(client)], Therapy.Id, start, NewYork);

    private static (BookingEngine Engine, ScheduleBook Book) Setup(int bookedThisWeek)
    {
        var days = new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday };
        var blocks = days.Select(d => new WorkingBlock(d, new LocalTime(9, 0), new LocalTime(17, 0), null)).ToImmutableArray();
        var rules = new BookingRules(Duration.FromHours(2), Duration.FromDays(60), Duration.FromDays(365), null, 4);
        var book = ScheduleBook.Empty.WithAppointmentType(Therapy).WithAppointmentType(Group)
            .WithAvailability(ClinicianAvailability.Weekly(Clinician, NewYork, new LocalDate(2026, 1, 1), blocks, rules));
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 12, 0));
        var engine = new BookingEngine(clock, TestIds.Seeded(7));
        for (var i = 0; i < bookedThisWeek; i++)
        {
            // Monday 2026-03-09 to Thursday 2026-03-12 at 15:00, one a day (the week of "now").
            var booked = engine.Book(book, Request(new LocalDateTime(2026, 3, 9 + i, 15, 0), 2 + i), TestActors.FrontDesk);
            Assert.True(booked.Accepted, booked.Error?.ToString());
            book = booked.Book;
        }

        clock.Reset(Now);
        return (engine, book);
    }
}

using CounselingRecords.Calendars;
using CounselingRecords.Scheduling.Availability;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Availability;

public sealed class ClinicianAvailabilityTests
{
    private static Instant Utc(int month, int day, int hour) => Instant.FromUtc(2026, month, day, hour, 0);

    [Fact]
    public void AvailableIntervals_AcrossSpringForward_KeepsEightToSixOnTheClock()
    {
        var availability = Fixture.Availability(Fixture.Clinician1);

        var friday = availability.AvailableIntervals(Utc(3, 6, 0), Utc(3, 7, 0), null);
        var monday = availability.AvailableIntervals(Utc(3, 9, 0), Utc(3, 10, 0), null);

        Assert.Equal(new[] { new Interval(Utc(3, 6, 13), Utc(3, 6, 23)) }, friday.ToArray());
        Assert.Equal(new[] { new Interval(Utc(3, 9, 12), Utc(3, 9, 22)) }, monday.ToArray());
    }

    [Fact]
    public void ScheduleOn_LaterScheduleTakesEffectFromItsDate()
    {
        var afternoons = new WeeklySchedule(new LocalDate(2026, 4, 1), null, [new WorkingBlock(IsoDayOfWeek.Wednesday, new LocalTime(13, 0), new LocalTime(17, 0), null)]);
        var availability = Fixture.Availability(Fixture.Clinician1).WithSchedule(afternoons);

        Assert.False(availability.Covers(Utc(4, 1, 13), Utc(4, 1, 14), null)); // 09:00 EDT on 2026-04-01
        Assert.True(availability.Covers(Utc(4, 1, 17), Utc(4, 1, 18), null)); // 13:00 EDT
        Assert.True(availability.Covers(Utc(3, 25, 13), Utc(3, 25, 14), null)); // before the change: 09:00 EDT
    }

    [Fact]
    public void AvailableIntervals_TimeOffAndHoliday_RemoveTime_ExtraHoursAdd()
    {
        var availability = Fixture.Availability(Fixture.Clinician1)
            .WithException(AvailabilityException.TimeOff(Fixture.At(3, 3, 12), Fixture.At(3, 3, 13)))
            .WithException(AvailabilityException.ExtraHours(Fixture.At(3, 3, 18), Fixture.At(3, 3, 20)))
            .WithException(AvailabilityException.Holiday(new LocalDate(2026, 3, 4), "Closure"));

        var tuesday = availability.AvailableIntervals(Utc(3, 3, 0), Utc(3, 4, 0), null);
        var wednesday = availability.AvailableIntervals(Utc(3, 4, 5), Utc(3, 5, 5), null);

        Assert.Equal(new[] { new Interval(Utc(3, 3, 13), Utc(3, 3, 17)), new Interval(Utc(3, 3, 18), Utc(3, 4, 0)) }, tuesday.ToArray()); // extra hours run to 01:00Z; the window ends at 00:00Z
        Assert.Empty(wednesday);
    }

    [Fact]
    public void WithHolidays_UsFederal_ClosesMemorialDay()
    {
        var availability = Fixture.Availability(Fixture.Clinician1).WithHolidays(UsFederalHolidays.Instance, new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 31));

        Assert.False(availability.Covers(Utc(5, 25, 14), Utc(5, 25, 15), null)); // Memorial Day, 2026-05-25
        Assert.True(availability.Covers(Utc(5, 26, 14), Utc(5, 26, 15), null));
    }

    [Fact]
    public void AvailableIntervals_BlockAtALocation_ServesThatLocationAndRemoteSessionsOnly()
    {
        var availability = ClinicianAvailability.Weekly(Fixture.Clinician1, Fixture.NewYork, new LocalDate(2026, 1, 1), Fixture.WeekdayBlocks(Fixture.Office));
        var elsewhere = Testing.Identity.TestIds.Numbered<Identity.LocationId>(9);

        Assert.True(availability.Covers(Utc(3, 3, 15), Utc(3, 3, 16), Fixture.Office));
        Assert.True(availability.Covers(Utc(3, 3, 15), Utc(3, 3, 16), null));
        Assert.False(availability.Covers(Utc(3, 3, 15), Utc(3, 3, 16), elsewhere));
    }
}

using System.Collections.Immutable;
using CounselingRecords.Policies.Cancellations;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

public sealed class OfficeCalendarTests
{
    private static readonly OfficeCalendar Calendar = WeekdaysNineToFive(usHolidays: true);

    [Fact]
    public void NextOpening_InsideHours_IsTheInstantItself()
    {
        var at = Ny(2026, 3, 5, 13, 30);

        Assert.Equal(at, Calendar.NextOpening(at, NewYork));
    }

    [Fact]
    public void NextOpening_AtClosingTime_IsTheNextMorning()
    {
        Assert.Equal(Ny(2026, 3, 6, 9), Calendar.NextOpening(Ny(2026, 3, 5, 17), NewYork));
    }

    [Fact]
    public void NextOpening_FridayEvening_IsMonday()
    {
        Assert.Equal(Ny(2026, 3, 9, 9), Calendar.NextOpening(Ny(2026, 3, 6, 18), NewYork));
    }

    [Fact]
    public void NextOpening_BeforeAHoliday_SkipsIt()
    {
        // Friday 22 May 2026 evening; Monday 25 May is Memorial Day.
        Assert.Equal(Ny(2026, 5, 26, 9), Calendar.NextOpening(Ny(2026, 5, 22, 18), NewYork));
    }

    [Fact]
    public void OpenTimeBetween_CountsOnlyOfficeHours()
    {
        // Thursday 16:00 to Monday 10:00: one hour Thursday, eight Friday, one Monday.
        Assert.Equal(Duration.FromHours(10), Calendar.OpenTimeBetween(Ny(2026, 3, 5, 16), Ny(2026, 3, 9, 10), NewYork));
    }

    [Fact]
    public void OpenTimeBetween_ReversedRange_IsZero()
    {
        Assert.Equal(Duration.Zero, Calendar.OpenTimeBetween(Ny(2026, 3, 9, 10), Ny(2026, 3, 5, 16), NewYork));
    }

    [Fact]
    public void OpenTimeBetween_AcrossTheSpringChange_CountsWallHoursOfTheOpenDay()
    {
        // Office hours are 09:00-17:00 local on Monday 9 March 2026, the day after the change: still 8 hours.
        Assert.Equal(Duration.FromHours(8), Calendar.OpenTimeBetween(Ny(2026, 3, 7, 0), Ny(2026, 3, 9, 23), NewYork));
    }

    [Fact]
    public void IsBusinessDay_HolidaysAndWeekendsAreNot()
    {
        Assert.True(Calendar.IsBusinessDay(new LocalDate(2026, 5, 26)));
        Assert.False(Calendar.IsBusinessDay(new LocalDate(2026, 5, 25)));
        Assert.False(Calendar.IsBusinessDay(new LocalDate(2026, 5, 23)));
    }

    [Fact]
    public void IsHoliday_OwnClosure_IsNamed()
    {
        var calendar = OfficeCalendar.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0), holidays: [new PolicyHoliday(new LocalDate(2026, 12, 24), "Christmas Eve closure")]);

        Assert.True(calendar.IsHoliday(new LocalDate(2026, 12, 24), out var name));
        Assert.Equal("Christmas Eve closure", name);
        Assert.False(calendar.IsHoliday(new LocalDate(2026, 12, 25), out _));
    }

    [Fact]
    public void Constructor_OverlappingHours_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OfficeCalendar(
            [
                new OfficeHoursInterval(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(13, 0)),
                new OfficeHoursInterval(IsoDayOfWeek.Monday, new LocalTime(12, 0), new LocalTime(17, 0)),
            ],
            [IsoDayOfWeek.Monday],
            [],
            false));
    }

    [Fact]
    public void Constructor_DuplicateHoliday_Throws()
    {
        var date = new LocalDate(2026, 7, 3);
        Assert.Throws<ArgumentException>(() => OfficeCalendar.BusinessDaysOnly([IsoDayOfWeek.Monday], false, [new PolicyHoliday(date, "A"), new PolicyHoliday(date, "B")]));
    }

    [Fact]
    public void OfficeHoursInterval_ClosingNotAfterOpening_Throws()
    {
        Assert.Throws<ArgumentException>(() => new OfficeHoursInterval(IsoDayOfWeek.Monday, new LocalTime(17, 0), new LocalTime(9, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfficeHoursInterval(IsoDayOfWeek.None, new LocalTime(9, 0), new LocalTime(17, 0)));
    }

    [Fact]
    public void Constructor_SortsBusinessDaysAndHolidays()
    {
        var calendar = new OfficeCalendar(
            ImmutableArray<OfficeHoursInterval>.Empty,
            [IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Friday],
            [new PolicyHoliday(new LocalDate(2026, 12, 25), "B"), new PolicyHoliday(new LocalDate(2026, 1, 1), "A")],
            false);

        Assert.Equal(new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Friday }, calendar.BusinessDays);
        Assert.Equal(new[] { "A", "B" }, calendar.Holidays.Select(h => h.Name).ToArray());
    }
}

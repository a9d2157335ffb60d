using CounselingRecords.Calendars;
using NodaTime;

namespace CounselingRecords.Core.Tests.Calendars;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Us = BusinessCalendar.UsFederal;

    [Theory]
    [InlineData("2026-01-01", "New Year's Day")]
    [InlineData("2026-01-19", "Birthday of Martin Luther King, Jr.")]
    [InlineData("2026-02-16", "Washington's Birthday")]
    [InlineData("2026-05-25", "Memorial Day")]
    [InlineData("2026-06-19", "Juneteenth National Independence Day")]
    [InlineData("2026-07-03", "Independence Day")] // 4 July 2026 is a Saturday: observed Friday
    [InlineData("2026-09-07", "Labor Day")]
    [InlineData("2026-10-12", "Columbus Day")]
    [InlineData("2026-11-11", "Veterans Day")]
    [InlineData("2026-11-26", "Thanksgiving Day")]
    [InlineData("2026-12-25", "Christmas Day")]
    [InlineData("2021-12-31", "New Year's Day")] // 1 January 2022 was a Saturday
    [InlineData("2023-01-02", "New Year's Day")] // 1 January 2023 was a Sunday
    public void UsFederalHolidays_ObservedDates(string date, string name)
    {
        Assert.True(UsFederalHolidays.Instance.TryGetHoliday(Parse(date), out var found));
        Assert.Equal(name, found);
        Assert.False(Us.IsBusinessDay(Parse(date)));
    }

    [Theory]
    [InlineData("2026-07-04")]
    [InlineData("2020-06-19")] // before Juneteenth became a federal holiday
    [InlineData("2026-11-27")]
    public void UsFederalHolidays_NotHolidays(string date)
    {
        Assert.False(UsFederalHolidays.Instance.TryGetHoliday(Parse(date), out _));
    }

    [Fact]
    public void ObservedIn_2026_HasElevenHolidays()
    {
        Assert.Equal(11, UsFederalHolidays.Instance.ObservedIn(2026).Count);
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-30", 4)] // Tue, Wed, (Thu holiday), Fri, Mon
    [InlineData("2026-11-23", "2026-11-23", 0)]
    [InlineData("2026-11-27", "2026-11-30", 1)] // Sat, Sun not counted; Mon counted
    [InlineData("2026-11-30", "2026-11-23", 0)]
    public void CountBusinessDays_CountsDaysAfterStartUpToEnd(string from, string to, int expected)
    {
        Assert.Equal(expected, Us.CountBusinessDays(Parse(from), Parse(to)));
    }

    [Theory]
    [InlineData("2026-11-25", 1, "2026-11-27")] // Thanksgiving skipped
    [InlineData("2026-11-25", 3, "2026-12-01")]
    [InlineData("2026-11-27", 0, "2026-11-27")]
    [InlineData("2026-12-24", 1, "2026-12-28")]
    public void AddBusinessDays_ReturnsTheKthBusinessDayAfter(string start, int days, string expected)
    {
        Assert.Equal(Parse(expected), Us.AddBusinessDays(Parse(start), days));
    }

    [Fact]
    public void OnOrNextBusinessDay_SkipsWeekendAndHoliday()
    {
        Assert.Equal(Parse("2026-07-06"), Us.OnOrNextBusinessDay(Parse("2026-07-03")));
    }

    [Fact]
    public void CustomCalendar_SundaysAndHolidaysClosed()
    {
        var calendar = new BusinessCalendar(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
            new HolidayList([new KeyValuePair<LocalDate, string>(Parse("2026-03-17"), "Practice closure")]));

        Assert.True(calendar.IsBusinessDay(Parse("2026-03-14")));
        Assert.False(calendar.IsBusinessDay(Parse("2026-03-15")));
        Assert.False(calendar.IsBusinessDay(Parse("2026-03-17")));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar([], HolidayList.None));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}

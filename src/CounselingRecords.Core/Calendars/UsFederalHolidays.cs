using System.Collections.Concurrent;
using NodaTime;

namespace CounselingRecords.Calendars;

/// <summary>
/// The US federal holidays of 5 U.S.C. 6103 on their observed dates: a holiday on a Saturday is observed the
/// Friday before (so New Year's Day 2022 was observed on 31 December 2021), one on a Sunday the Monday after.
/// Juneteenth counts from 2021. Inauguration Day is not included.
/// </summary>
public sealed class UsFederalHolidays : IHolidayCalendar
{
    private readonly ConcurrentDictionary<int, Dictionary<LocalDate, string>> _byYear = new();

    /// <summary>Gets the shared instance.</summary>
    public static UsFederalHolidays Instance { get; } = new();

    /// <inheritdoc />
    public bool TryGetHoliday(LocalDate date, out string name)
    {
        // A Saturday New Year's Day of the next year is observed on 31 December of this one.
        if (ForYear(date.Year).TryGetValue(date, out var found) || ForYear(date.Year + 1).TryGetValue(date, out found))
        {
            name = found;
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>Lists the observed holidays whose legal date falls in <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The observed dates and names, in date order.</returns>
    public IReadOnlyList<(LocalDate Observed, string Name)> ObservedIn(int year) =>
        ForYear(year).OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value)).ToList();

    private Dictionary<LocalDate, string> ForYear(int year) => _byYear.GetOrAdd(year, Build);

    private static Dictionary<LocalDate, string> Build(int year)
    {
        var holidays = new Dictionary<LocalDate, string>();
        void Fixed(int month, int day, string name) => holidays[Observed(new LocalDate(year, month, day))] = name;
        void Nth(int month, IsoDayOfWeek weekday, int n, string name) => holidays[NthWeekday(year, month, weekday, n)] = name;

        Fixed(1, 1, "New Year's Day");
        Nth(1, IsoDayOfWeek.Monday, 3, "Birthday of Martin Luther King, Jr.");
        Nth(2, IsoDayOfWeek.Monday, 3, "Washington's Birthday");
        holidays[LastWeekday(year, 5, IsoDayOfWeek.Monday)] = "Memorial Day";
        if (year >= 2021)
        {
            Fixed(6, 19, "Juneteenth National Independence Day");
        }

        Fixed(7, 4, "Independence Day");
        Nth(9, IsoDayOfWeek.Monday, 1, "Labor Day");
        Nth(10, IsoDayOfWeek.Monday, 2, "Columbus Day");
        Fixed(11, 11, "Veterans Day");
        Nth(11, IsoDayOfWeek.Thursday, 4, "Thanksgiving Day");
        Fixed(12, 25, "Christmas Day");
        return holidays;
    }

    private static LocalDate Observed(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(-1),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    private static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int n)
    {
        var first = new LocalDate(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(offset + ((n - 1) * 7));
    }

    private static LocalDate LastWeekday(int year, int month, IsoDayOfWeek weekday)
    {
        var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.PlusDays(-offset);
    }
}

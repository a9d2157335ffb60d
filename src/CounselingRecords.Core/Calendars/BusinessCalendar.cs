using System.Collections.Immutable;
using NodaTime;

namespace CounselingRecords.Calendars;

/// <summary>
/// Counts business days: working weekdays that are not holidays. The US default (R3.3) is Monday to Friday
/// excluding US federal holidays; a practice or jurisdiction supplies its own weekdays and holidays.
/// Two counting rules, as R3.3 defines them: "scheduled N business days ahead" counts the business days d
/// with <c>from &lt; d ≤ to</c> (<see cref="CountBusinessDays"/>); "within k business days after X" is the
/// k-th business day after X (<see cref="AddBusinessDays"/>).
/// </summary>
public sealed class BusinessCalendar
{
    private readonly bool[] _working = new bool[8];

    /// <summary>Initializes a new instance of the <see cref="BusinessCalendar"/> class.</summary>
    /// <param name="workingDays">The weekdays that are business days.</param>
    /// <param name="holidays">The holidays that are not.</param>
    public BusinessCalendar(IEnumerable<IsoDayOfWeek> workingDays, IHolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(holidays);
        foreach (var day in workingDays)
        {
            if (day == IsoDayOfWeek.None)
            {
                throw new ArgumentException("IsoDayOfWeek.None is not a weekday.", nameof(workingDays));
            }

            _working[(int)day] = true;
        }

        if (!_working.Any(w => w))
        {
            throw new ArgumentException("A business calendar needs at least one working weekday.", nameof(workingDays));
        }

        WorkingDays = Enumerable.Range(1, 7).Where(i => _working[i]).Select(i => (IsoDayOfWeek)i).ToImmutableArray();
        Holidays = holidays;
    }

    /// <summary>Gets the US default: Monday to Friday, excluding US federal holidays (R3.3).</summary>
    public static BusinessCalendar UsFederal { get; } = new(
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
        UsFederalHolidays.Instance);

    /// <summary>Gets the working weekdays.</summary>
    public ImmutableArray<IsoDayOfWeek> WorkingDays { get; }

    /// <summary>Gets the holidays.</summary>
    public IHolidayCalendar Holidays { get; }

    /// <summary>Returns whether <paramref name="date"/> is a business day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working weekday that is not a holiday.</returns>
    public bool IsBusinessDay(LocalDate date) => _working[(int)date.DayOfWeek] && !Holidays.TryGetHoliday(date, out _);

    /// <summary>Returns the <paramref name="businessDays"/>-th business day after <paramref name="date"/> (0 returns the date itself).</summary>
    /// <param name="date">The starting date (not counted).</param>
    /// <param name="businessDays">How many business days to move forward, at least 0.</param>
    /// <returns>The date.</returns>
    public LocalDate AddBusinessDays(LocalDate date, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var current = date;
        var left = businessDays;
        while (left > 0)
        {
            current = current.PlusDays(1);
            if (IsBusinessDay(current))
            {
                left--;
            }
        }

        return current;
    }

    /// <summary>Counts the business days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/> (0 when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    /// <param name="from">The exclusive start.</param>
    /// <param name="to">The inclusive end.</param>
    /// <returns>The count.</returns>
    public int CountBusinessDays(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var d = from.PlusDays(1); d <= to; d = d.PlusDays(1))
        {
            if (IsBusinessDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Returns <paramref name="date"/> when it is a business day, otherwise the next business day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The business day.</returns>
    public LocalDate OnOrNextBusinessDay(LocalDate date)
    {
        var current = date;
        while (!IsBusinessDay(current))
        {
            current = current.PlusDays(1);
        }

        return current;
    }
}

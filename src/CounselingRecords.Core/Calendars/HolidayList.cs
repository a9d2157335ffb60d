using System.Collections.Frozen;
using NodaTime;

namespace CounselingRecords.Calendars;

/// <summary>An explicit list of closure dates, for practices and jurisdictions that set their own.</summary>
public sealed class HolidayList : IHolidayCalendar
{
    private readonly FrozenDictionary<LocalDate, string> _dates;

    /// <summary>Initializes a new instance of the <see cref="HolidayList"/> class.</summary>
    /// <param name="dates">The dates and their names.</param>
    public HolidayList(IEnumerable<KeyValuePair<LocalDate, string>> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        _dates = dates.ToFrozenDictionary();
    }

    /// <summary>Gets an empty list: no holidays.</summary>
    public static HolidayList None { get; } = new([]);

    /// <summary>Gets the dates and names.</summary>
    public IReadOnlyDictionary<LocalDate, string> Dates => _dates;

    /// <inheritdoc />
    public bool TryGetHoliday(LocalDate date, out string name)
    {
        if (_dates.TryGetValue(date, out var found))
        {
            name = found;
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>Combines calendars: a date is a holiday when any of them says so.</summary>
    /// <param name="calendars">The calendars.</param>
    /// <returns>The combined calendar.</returns>
    public static IHolidayCalendar Combine(params IHolidayCalendar[] calendars) => new Combined(calendars);

    private sealed class Combined(IHolidayCalendar[] calendars) : IHolidayCalendar
    {
        public bool TryGetHoliday(LocalDate date, out string name)
        {
            foreach (var calendar in calendars)
            {
                if (calendar.TryGetHoliday(date, out name))
                {
                    return true;
                }
            }

            name = string.Empty;
            return false;
        }
    }
}

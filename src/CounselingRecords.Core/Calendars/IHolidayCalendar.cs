using NodaTime;

namespace CounselingRecords.Calendars;

/// <summary>Says which dates are holidays (days the office counts as closed).</summary>
public interface IHolidayCalendar
{
    /// <summary>Returns the holiday's name when <paramref name="date"/> is a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday's name, when it is one.</param>
    /// <returns><see langword="true"/> when the date is a holiday.</returns>
    bool TryGetHoliday(LocalDate date, out string name);
}

using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// Walks the dates a rule generates from a start date, in order, with each date's 0-based index (S5.2, S5.3).
/// A mutable struct owned by one enumerator; allocation-free. Weekly rules can seek to a date in O(1).
/// </summary>
internal struct DateCursor
{
    private readonly RecurrenceRule _rule;
    private readonly LocalDate _start;
    private readonly IsoDayOfWeek[] _days;
    private readonly LocalDate _anchorMonday;
    private readonly int _firstWeekCount;
    private int _period;
    private LocalDate _weekStart;
    private int _dayPosition;
    private int _index;

    public DateCursor(RecurrenceRule rule, LocalDate start, IsoDayOfWeek[] days)
    {
        _rule = rule;
        _start = start;
        _days = days;
        _anchorMonday = start.PlusDays(-((int)start.DayOfWeek - 1));
        _firstWeekCount = days.Count(d => d >= start.DayOfWeek);
        _period = rule.Frequency == RecurrenceFrequency.Weekly ? 0 : -1;
        _weekStart = _anchorMonday;
        _dayPosition = 0;
        _index = 0;
    }

    /// <summary>Moves so that the next date returned is the first one on or after <paramref name="target"/>.</summary>
    public void SeekTo(LocalDate target)
    {
        if (_rule.Frequency != RecurrenceFrequency.Weekly || target <= _start)
        {
            if (_rule.Frequency == RecurrenceFrequency.Weekly)
            {
                _period = 0;
                _weekStart = _anchorMonday;
                _dayPosition = 0;
                _index = 0;
            }

            // Monthly series are short; they are walked from the start and filtered by the caller.
            return;
        }

        var weeks = Period.DaysBetween(_anchorMonday, target) / 7;
        var period = weeks / _rule.Interval;
        var position = 0;
        if (weeks % _rule.Interval != 0)
        {
            period++;
        }
        else
        {
            var weekStart = _anchorMonday.PlusDays(period * _rule.Interval * 7);
            while (position < _days.Length && weekStart.PlusDays((int)_days[position] - 1) < target)
            {
                position++;
            }
        }

        _period = period;
        _weekStart = _anchorMonday.PlusDays(period * _rule.Interval * 7);
        _dayPosition = position;
        _index = period == 0
            ? Math.Max(0, position - (_days.Length - _firstWeekCount))
            : _firstWeekCount + ((period - 1) * _days.Length) + position;
    }

    public bool Next(out LocalDate date, out int index)
    {
        while (true)
        {
            if (_rule.Frequency == RecurrenceFrequency.Weekly)
            {
                if (_dayPosition >= _days.Length)
                {
                    _dayPosition = 0;
                    _period++;
                    _weekStart = _weekStart.PlusDays(_rule.Interval * 7);
                }

                // Small steps from the current week's Monday stay on NodaTime's fast within-month path.
                date = _weekStart.PlusDays((int)_days[_dayPosition] - 1);
                _dayPosition++;
            }
            else
            {
                _period++;
                var month = new LocalDate(_start.Year, _start.Month, 1).PlusMonths(_period * _rule.Interval);
                if (!TryNthWeekday(month.Year, month.Month, _rule.WeekOfMonth, _days[0], out date))
                {
                    // S5.2: a month without a fifth such weekday has no occurrence and is not counted.
                    if (_rule.Until is { } limit && month > limit)
                    {
                        index = _index;
                        return false;
                    }

                    continue;
                }
            }

            if (date < _start)
            {
                continue;
            }

            if ((_rule.Until is { } until && date > until) || (_rule.Count is { } count && _index >= count))
            {
                index = _index;
                return false;
            }

            index = _index++;
            return true;
        }
    }

    internal static bool TryNthWeekday(int year, int month, int weekOfMonth, IsoDayOfWeek day, out LocalDate date)
    {
        if (weekOfMonth == -1)
        {
            var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
            date = last.PlusDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
            return true;
        }

        var first = new LocalDate(year, month, 1);
        date = first.PlusDays((((int)day - (int)first.DayOfWeek + 7) % 7) + ((weekOfMonth - 1) * 7));
        return date.Month == month;
    }
}

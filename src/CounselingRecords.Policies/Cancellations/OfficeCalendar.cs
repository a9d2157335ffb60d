using System.Collections.Immutable;
using CounselingRecords.Calendars;
using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The office-hours calendar of a cancellation policy (R4.10): weekly opening hours (for deemed receipt and
/// office-hours-only notice), the weekdays that are business days (for business-day notice), and the dates the
/// office is closed. Holidays close the office for every mode. Local times are read in the policy's time zone;
/// a local time that does not exist on a daylight-saving change day is moved forward by the gap.
/// </summary>
public sealed class OfficeCalendar
{
    private const int SearchDays = 3660;
    private readonly OfficeHoursInterval[][] _byDay = new OfficeHoursInterval[8][];
    private readonly bool[] _businessDay = new bool[8];
    private readonly IHolidayCalendar _holidays;

    /// <summary>Initializes a new instance of the <see cref="OfficeCalendar"/> class.</summary>
    /// <param name="openingHours">The weekly opening hours; spans of one weekday must not overlap.</param>
    /// <param name="businessDays">The weekdays that are business days.</param>
    /// <param name="holidays">The dates the office is closed.</param>
    /// <param name="observeUsFederalHolidays">Whether the US federal holidays (observed dates) also close the office.</param>
    public OfficeCalendar(
        ImmutableArray<OfficeHoursInterval> openingHours,
        ImmutableArray<IsoDayOfWeek> businessDays,
        ImmutableArray<PolicyHoliday> holidays,
        bool observeUsFederalHolidays)
    {
        openingHours = openingHours.IsDefault ? [] : openingHours;
        businessDays = businessDays.IsDefault ? [] : businessDays;
        holidays = holidays.IsDefault ? [] : holidays;
        if (openingHours.Any(i => i is null) || holidays.Any(h => h is null))
        {
            throw new ArgumentException("Opening hours and holidays cannot contain null entries.", nameof(openingHours));
        }

        for (var day = 1; day <= 7; day++)
        {
            var spans = openingHours.Where(i => (int)i.Day == day).OrderBy(i => i.Opens).ToArray();
            for (var i = 1; i < spans.Length; i++)
            {
                if (spans[i].Opens < spans[i - 1].Closes)
                {
                    throw new ArgumentException($"Opening hours on {(IsoDayOfWeek)day} overlap.", nameof(openingHours));
                }
            }

            _byDay[day] = spans;
        }

        foreach (var day in businessDays)
        {
            if (day == IsoDayOfWeek.None || !Enum.IsDefined(day))
            {
                throw new ArgumentOutOfRangeException(nameof(businessDays), day, "Business days must be weekdays.");
            }

            _businessDay[(int)day] = true;
        }

        if (holidays.GroupBy(h => h.Date).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("A holiday date is listed twice.", nameof(holidays));
        }

        OpeningHours = openingHours;
        BusinessDays = businessDays.Distinct().OrderBy(d => d).ToImmutableArray();
        Holidays = holidays.OrderBy(h => h.Date).ToImmutableArray();
        ObserveUsFederalHolidays = observeUsFederalHolidays;
        var own = new HolidayList(Holidays.Select(h => KeyValuePair.Create(h.Date, h.Name)));
        _holidays = observeUsFederalHolidays ? HolidayList.Combine(own, UsFederalHolidays.Instance) : own;
    }

    /// <summary>Gets the weekly opening hours.</summary>
    public ImmutableArray<OfficeHoursInterval> OpeningHours { get; }

    /// <summary>Gets the weekdays that are business days.</summary>
    public ImmutableArray<IsoDayOfWeek> BusinessDays { get; }

    /// <summary>Gets the dates the office is closed, in date order.</summary>
    public ImmutableArray<PolicyHoliday> Holidays { get; }

    /// <summary>Gets a value indicating whether the US federal holidays also close the office.</summary>
    public bool ObserveUsFederalHolidays { get; }

    /// <summary>Creates the common calendar: the same hours Monday to Friday, which are also the business days.</summary>
    /// <param name="opens">Opening time.</param>
    /// <param name="closes">Closing time.</param>
    /// <param name="observeUsFederalHolidays">Whether US federal holidays close the office.</param>
    /// <param name="holidays">Further closure dates.</param>
    /// <returns>The calendar.</returns>
    public static OfficeCalendar Weekdays(LocalTime opens, LocalTime closes, bool observeUsFederalHolidays = false, IEnumerable<PolicyHoliday>? holidays = null)
    {
        IsoDayOfWeek[] days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
        return new OfficeCalendar(
            days.Select(d => new OfficeHoursInterval(d, opens, closes)).ToImmutableArray(),
            [.. days],
            holidays?.ToImmutableArray() ?? [],
            observeUsFederalHolidays);
    }

    /// <summary>Creates a calendar of business days only, for business-day notice (R4.10 c).</summary>
    /// <param name="businessDays">The weekdays that are business days, for example Monday to Saturday.</param>
    /// <param name="observeUsFederalHolidays">Whether US federal holidays are not business days.</param>
    /// <param name="holidays">Further dates that are not business days.</param>
    /// <returns>The calendar.</returns>
    public static OfficeCalendar BusinessDaysOnly(IEnumerable<IsoDayOfWeek> businessDays, bool observeUsFederalHolidays = false, IEnumerable<PolicyHoliday>? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(businessDays);
        return new OfficeCalendar([], [.. businessDays], holidays?.ToImmutableArray() ?? [], observeUsFederalHolidays);
    }

    /// <summary>Returns whether the office is closed all day on <paramref name="date"/> for a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday's name, when it is one.</param>
    /// <returns><see langword="true"/> for a holiday.</returns>
    public bool IsHoliday(LocalDate date, out string name) => _holidays.TryGetHoliday(date, out name);

    /// <summary>Returns whether <paramref name="date"/> is a business day: a business weekday that is not a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a business day.</returns>
    public bool IsBusinessDay(LocalDate date) => _businessDay[(int)date.DayOfWeek] && !_holidays.TryGetHoliday(date, out _);

    /// <summary>Returns whether the office is open at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The policy's time zone.</param>
    /// <returns><see langword="true"/> inside opening hours on a day that is not a holiday.</returns>
    public bool IsOpenAt(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var date = instant.InZone(zone).Date;
        foreach (var (start, end) in OpenSpans(date, zone))
        {
            if (start <= instant && instant < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns <paramref name="instant"/> when the office is open then, otherwise the next opening.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The policy's time zone.</param>
    /// <returns>The deemed receipt instant (R4.10 a).</returns>
    /// <exception cref="InvalidOperationException">The calendar has no opening in the next ten years.</exception>
    public Instant NextOpening(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var date = instant.InZone(zone).Date;
        for (var i = 0; i < SearchDays; i++)
        {
            foreach (var (start, end) in OpenSpans(date.PlusDays(i), zone))
            {
                if (end > instant)
                {
                    return start > instant ? start : instant;
                }
            }
        }

        throw new InvalidOperationException("The office calendar has no opening hours in the next ten years.");
    }

    /// <summary>Returns the time inside opening hours between two instants (R4.10 b).</summary>
    /// <param name="from">The start (inclusive).</param>
    /// <param name="to">The end (exclusive).</param>
    /// <param name="zone">The policy's time zone.</param>
    /// <returns>The open time; zero when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public Duration OpenTimeBetween(Instant from, Instant to, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (to <= from)
        {
            return Duration.Zero;
        }

        var total = Duration.Zero;
        var last = to.InZone(zone).Date;
        for (var date = from.InZone(zone).Date; date <= last; date = date.PlusDays(1))
        {
            foreach (var (start, end) in OpenSpans(date, zone))
            {
                var s = start > from ? start : from;
                var e = end < to ? end : to;
                if (e > s)
                {
                    total += e - s;
                }
            }
        }

        return total;
    }

    /// <summary>Returns the latest instant from which at least <paramref name="openTime"/> of office hours remain before <paramref name="end"/>.</summary>
    internal Instant LatestStartWithOpenTime(Instant end, Duration openTime, DateTimeZone zone)
    {
        if (openTime <= Duration.Zero)
        {
            return end;
        }

        var remaining = openTime;
        var date = end.InZone(zone).Date;
        for (var i = 0; i < SearchDays; i++, date = date.PlusDays(-1))
        {
            var spans = OpenSpans(date, zone);
            for (var j = spans.Count - 1; j >= 0; j--)
            {
                var (start, spanEnd) = spans[j];
                var e = spanEnd < end ? spanEnd : end;
                if (e <= start)
                {
                    continue;
                }

                var available = e - start;
                if (available >= remaining)
                {
                    return e - remaining;
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException("The office calendar has too few opening hours in the last ten years.");
    }

    /// <summary>Returns the last closing time at or before <paramref name="instant"/>.</summary>
    internal Instant LastClosingAtOrBefore(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        for (var i = 0; i < SearchDays; i++, date = date.PlusDays(-1))
        {
            var spans = OpenSpans(date, zone);
            for (var j = spans.Count - 1; j >= 0; j--)
            {
                if (spans[j].End <= instant)
                {
                    return spans[j].End;
                }
            }
        }

        throw new InvalidOperationException("The office calendar has no opening hours in the last ten years.");
    }

    /// <summary>Returns the <paramref name="count"/>-th business day before <paramref name="date"/> (the date itself not counted).</summary>
    internal LocalDate BusinessDaysBefore(LocalDate date, int count)
    {
        var current = date;
        var left = count;
        for (var i = 0; left > 0; i++)
        {
            if (i > SearchDays)
            {
                throw new InvalidOperationException("The office calendar has no business days in the last ten years.");
            }

            current = current.PlusDays(-1);
            if (IsBusinessDay(current))
            {
                left--;
            }
        }

        return current;
    }

    /// <summary>The opening spans of one date as instants, in order; none on a holiday.</summary>
    internal List<(Instant Start, Instant End)> OpenSpans(LocalDate date, DateTimeZone zone)
    {
        var spans = new List<(Instant Start, Instant End)>(2);
        var day = _byDay[(int)date.DayOfWeek];
        if (day.Length == 0 || _holidays.TryGetHoliday(date, out _))
        {
            return spans;
        }

        foreach (var interval in day)
        {
            var start = zone.AtLeniently(date + interval.Opens).ToInstant();
            var end = zone.AtLeniently(date + interval.Closes).ToInstant();
            if (end > start)
            {
                spans.Add((start, end));
            }
        }

        return spans;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"OfficeCalendar ({OpeningHours.Length} opening spans, {BusinessDays.Length} business weekdays, {Holidays.Length} holidays{(ObserveUsFederalHolidays ? " + US federal" : string.Empty)})";
}

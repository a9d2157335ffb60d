using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// When a series repeats: weekly on given weekdays every <see cref="Interval"/> weeks, or monthly on the nth or
/// last weekday every <see cref="Interval"/> months; ending after <see cref="Count"/> occurrences or on
/// <see cref="Until"/> (inclusive local date), exactly one of the two (S5.3). A weekly rule without weekdays
/// repeats on the weekday of the series' start date. The shape follows RFC 5545 (FREQ, INTERVAL, BYDAY with an
/// ordinal for monthly, COUNT, UNTIL), limited to what a practice books.
/// </summary>
public sealed class RecurrenceRule : IEquatable<RecurrenceRule>
{
    /// <summary>Initializes a new instance of the <see cref="RecurrenceRule"/> class.</summary>
    /// <param name="frequency">Weekly or monthly by weekday.</param>
    /// <param name="interval">Every how many weeks or months; at least 1.</param>
    /// <param name="daysOfWeek">Weekly: the weekdays (empty for the start date's); monthly: exactly one weekday.</param>
    /// <param name="weekOfMonth">Monthly: 1–5 for the nth weekday, -1 for the last; weekly: 0.</param>
    /// <param name="count">How many occurrences, counting cancelled ones; or <see langword="null"/> when <paramref name="until"/> ends it.</param>
    /// <param name="until">The last local date an occurrence may fall on; or <see langword="null"/> when <paramref name="count"/> ends it.</param>
    public RecurrenceRule(RecurrenceFrequency frequency, int interval, ImmutableArray<IsoDayOfWeek> daysOfWeek, int weekOfMonth, int? count, LocalDate? until)
    {
        if (!Enum.IsDefined(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(frequency));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(interval, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(interval, 52);
        daysOfWeek = daysOfWeek.IsDefault ? [] : daysOfWeek;
        if (daysOfWeek.Any(d => d == IsoDayOfWeek.None || !Enum.IsDefined(d)))
        {
            throw new ArgumentException("Days of week must be Monday to Sunday.", nameof(daysOfWeek));
        }

        if (frequency == RecurrenceFrequency.Weekly && weekOfMonth != 0)
        {
            throw new ArgumentException("A weekly rule has no week of month.", nameof(weekOfMonth));
        }

        if (frequency == RecurrenceFrequency.MonthlyByWeekday && (daysOfWeek.Length != 1 || weekOfMonth is not (-1 or (>= 1 and <= 5))))
        {
            throw new ArgumentException("A monthly rule names one weekday and a week of month 1–5 or -1 (last).", nameof(weekOfMonth));
        }

        if ((count is null) == (until is null))
        {
            throw new ArgumentException("A rule ends by exactly one of count or until.", nameof(count));
        }

        if (count is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "The count must be at least 1.");
        }

        Frequency = frequency;
        Interval = interval;
        DaysOfWeek = daysOfWeek.Distinct().Order().ToImmutableArray();
        WeekOfMonth = weekOfMonth;
        Count = count;
        Until = until;
    }

    /// <summary>Gets how the series repeats.</summary>
    public RecurrenceFrequency Frequency { get; }

    /// <summary>Gets every how many weeks or months.</summary>
    public int Interval { get; }

    /// <summary>Gets the weekdays, Monday first.</summary>
    public ImmutableArray<IsoDayOfWeek> DaysOfWeek { get; }

    /// <summary>Gets the week of the month (1–5, or -1 for the last) of a monthly rule; 0 for weekly.</summary>
    public int WeekOfMonth { get; }

    /// <summary>Gets how many occurrences, if the rule ends by count.</summary>
    public int? Count { get; }

    /// <summary>Gets the last date an occurrence may fall on, if the rule ends by date.</summary>
    public LocalDate? Until { get; }

    /// <summary>Creates a weekly rule.</summary>
    /// <param name="interval">Every how many weeks.</param>
    /// <param name="count">How many occurrences (or <see langword="null"/> with <paramref name="until"/>).</param>
    /// <param name="until">The last date (or <see langword="null"/> with <paramref name="count"/>).</param>
    /// <param name="days">The weekdays (none for the start date's).</param>
    /// <returns>The rule.</returns>
    public static RecurrenceRule Weekly(int interval = 1, int? count = null, LocalDate? until = null, params IsoDayOfWeek[] days) =>
        new(RecurrenceFrequency.Weekly, interval, days.ToImmutableArray(), 0, count, until);

    /// <summary>Creates a monthly rule on the nth (1–5) or last (-1) weekday.</summary>
    /// <param name="weekOfMonth">1–5, or -1 for the last.</param>
    /// <param name="day">The weekday.</param>
    /// <param name="interval">Every how many months.</param>
    /// <param name="count">How many occurrences (or <see langword="null"/> with <paramref name="until"/>).</param>
    /// <param name="until">The last date (or <see langword="null"/> with <paramref name="count"/>).</param>
    /// <returns>The rule.</returns>
    public static RecurrenceRule MonthlyOnWeekday(int weekOfMonth, IsoDayOfWeek day, int interval = 1, int? count = null, LocalDate? until = null) =>
        new(RecurrenceFrequency.MonthlyByWeekday, interval, [day], weekOfMonth, count, until);

    /// <summary>Compares two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RecurrenceRule? left, RecurrenceRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RecurrenceRule? left, RecurrenceRule? right) => !(left == right);

    /// <summary>Returns the rule ending after <paramref name="count"/> occurrences instead.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The rule.</returns>
    public RecurrenceRule WithCount(int count) => new(Frequency, Interval, DaysOfWeek, WeekOfMonth, count, null);

    /// <summary>Returns the rule ending on <paramref name="until"/> instead.</summary>
    /// <param name="until">The last date.</param>
    /// <returns>The rule.</returns>
    public RecurrenceRule WithUntil(LocalDate until) => new(Frequency, Interval, DaysOfWeek, WeekOfMonth, null, until);

    /// <summary>Returns the RFC 5545 RRULE text of the rule (for interchange and display).</summary>
    /// <returns>For example <c>FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10</c>.</returns>
    public string ToRRule()
    {
        var days = string.Join(",", DaysOfWeek.Select(Abbreviation));
        var text = Frequency == RecurrenceFrequency.Weekly
            ? "FREQ=WEEKLY;INTERVAL=" + Interval.ToString(CultureInfo.InvariantCulture) + (days.Length > 0 ? ";BYDAY=" + days : string.Empty)
            : "FREQ=MONTHLY;INTERVAL=" + Interval.ToString(CultureInfo.InvariantCulture) + ";BYDAY=" + WeekOfMonth.ToString(CultureInfo.InvariantCulture) + days;
        return text + (Count is { } c
            ? ";COUNT=" + c.ToString(CultureInfo.InvariantCulture)
            : ";UNTIL=" + Until!.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public bool Equals(RecurrenceRule? other) =>
        other is not null && Frequency == other.Frequency && Interval == other.Interval && DaysOfWeek.SequenceEqual(other.DaysOfWeek)
        && WeekOfMonth == other.WeekOfMonth && Count == other.Count && Until == other.Until;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecurrenceRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Frequency, Interval, DaysOfWeek.Length, WeekOfMonth, Count, Until);

    /// <inheritdoc />
    public override string ToString() => ToRRule();

    private static string Abbreviation(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "MO",
        IsoDayOfWeek.Tuesday => "TU",
        IsoDayOfWeek.Wednesday => "WE",
        IsoDayOfWeek.Thursday => "TH",
        IsoDayOfWeek.Friday => "FR",
        IsoDayOfWeek.Saturday => "SA",
        _ => "SU",
    };
}

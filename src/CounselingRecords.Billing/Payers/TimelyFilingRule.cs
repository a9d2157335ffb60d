using CounselingRecords.Calendars;
using NodaTime;

namespace CounselingRecords.Billing.Payers;

/// <summary>
/// A payer's timely-filing limit (R2.8). Medicare: within one calendar year of the date of service; a deadline on a
/// weekend or federal holiday rolls to the next workday, and a service on 29 February is due on 28 February of the
/// next year. Commercial payers: a configured number of days.
/// </summary>
public sealed class TimelyFilingRule : IEquatable<TimelyFilingRule>
{
    /// <summary>Initializes a new instance of the <see cref="TimelyFilingRule"/> class.</summary>
    /// <param name="kind">How the limit is counted.</param>
    /// <param name="days">Days after the date of service, for <see cref="TimelyFilingKind.DaysAfterService"/>; 0 otherwise.</param>
    /// <param name="rollsToNextBusinessDay">Whether a deadline that falls on a non-business day moves to the next business day.</param>
    public TimelyFilingRule(TimelyFilingKind kind, int days, bool rollsToNextBusinessDay)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown timely-filing kind.");
        }

        if (kind == TimelyFilingKind.DaysAfterService)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        }
        else if (days != 0)
        {
            throw new ArgumentException("Days apply only to a days-after-service limit.", nameof(days));
        }

        Kind = kind;
        Days = days;
        RollsToNextBusinessDay = rollsToNextBusinessDay;
    }

    /// <summary>Gets the Medicare fee-for-service rule: one calendar year, rolled to the next workday (R2.8).</summary>
    public static TimelyFilingRule Medicare { get; } = new(TimelyFilingKind.OneCalendarYear, 0, true);

    /// <summary>Gets how the limit is counted.</summary>
    public TimelyFilingKind Kind { get; }

    /// <summary>Gets the days after service for a days-based limit.</summary>
    public int Days { get; }

    /// <summary>Gets a value indicating whether a deadline on a non-business day rolls forward.</summary>
    public bool RollsToNextBusinessDay { get; }

    /// <summary>Returns a days-after-service limit, as commercial contracts state it.</summary>
    /// <param name="days">The days, at least 1.</param>
    /// <param name="rollsToNextBusinessDay">Whether a deadline on a non-business day rolls forward.</param>
    /// <returns>The rule.</returns>
    public static TimelyFilingRule DaysAfter(int days, bool rollsToNextBusinessDay = false) =>
        new(TimelyFilingKind.DaysAfterService, days, rollsToNextBusinessDay);

    /// <summary>Returns the last day a claim for the date of service may be filed.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="calendar">The business calendar for rolling forward (US federal for Medicare).</param>
    /// <returns>The deadline, inclusive.</returns>
    public LocalDate Deadline(LocalDate dateOfService, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);

        // PlusYears(1) on 29 February gives 28 February of the next year, as R2.8 requires.
        var deadline = Kind == TimelyFilingKind.OneCalendarYear ? dateOfService.PlusYears(1) : dateOfService.PlusDays(Days);
        return RollsToNextBusinessDay ? calendar.OnOrNextBusinessDay(deadline) : deadline;
    }

    /// <inheritdoc />
    public bool Equals(TimelyFilingRule? other) =>
        other is not null && Kind == other.Kind && Days == other.Days && RollsToNextBusinessDay == other.RollsToNextBusinessDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimelyFilingRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Days, RollsToNextBusinessDay);

    /// <summary>Describes the rule.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == TimelyFilingKind.OneCalendarYear
        ? "one calendar year after the date of service" + (RollsToNextBusinessDay ? ", rolled to the next business day" : string.Empty)
        : $"{Days} days after the date of service" + (RollsToNextBusinessDay ? ", rolled to the next business day" : string.Empty);

    /// <summary>Compares two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TimelyFilingRule? left, TimelyFilingRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rules.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TimelyFilingRule? left, TimelyFilingRule? right) => !(left == right);
}

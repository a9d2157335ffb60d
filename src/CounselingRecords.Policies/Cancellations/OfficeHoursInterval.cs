using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>One span of office hours on a weekday, for example Monday 09:00 to 17:00. A span never crosses midnight.</summary>
public sealed record OfficeHoursInterval
{
    /// <summary>Initializes a new instance of the <see cref="OfficeHoursInterval"/> class.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="opens">When the office opens (inclusive).</param>
    /// <param name="closes">When it closes (exclusive); later than <paramref name="opens"/>.</param>
    public OfficeHoursInterval(IsoDayOfWeek day, LocalTime opens, LocalTime closes)
    {
        if (day == IsoDayOfWeek.None || !Enum.IsDefined(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Office hours need a weekday.");
        }

        if (closes <= opens)
        {
            throw new ArgumentException("Office hours must close after they open on the same day.", nameof(closes));
        }

        Day = day;
        Opens = opens;
        Closes = closes;
    }

    /// <summary>Gets the weekday.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the opening time (inclusive).</summary>
    public LocalTime Opens { get; }

    /// <summary>Gets the closing time (exclusive).</summary>
    public LocalTime Closes { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Day} {Opens:HH:mm}-{Closes:HH:mm}";
}

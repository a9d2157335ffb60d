using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Practice;

/// <summary>Invariant text for dates, instants and durations in task reasons and explanations.</summary>
internal static class Formatting
{
    private static readonly LocalDateTimePattern LocalMinutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Local(Instant instant, DateTimeZone zone) =>
        $"{LocalMinutes.Format(instant.InZone(zone).LocalDateTime)} ({zone.Id})";

    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Hours(Duration duration) =>
        duration.TotalHours % 1 == 0
            ? ((long)duration.TotalHours).ToString(CultureInfo.InvariantCulture) + " hours"
            : duration.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " minutes";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Policies;

/// <summary>Formats times, lengths and amounts the same way in every explanation and rule input.</summary>
internal static class Describe
{
    private static readonly ZonedDateTimePattern ReadablePattern =
        ZonedDateTimePattern.CreateWithInvariantCulture("dddd, MMMM d, yyyy 'at' h:mm tt x", DateTimeZoneProviders.Tzdb);

    private static readonly LocalDatePattern ReadableDatePattern = LocalDatePattern.CreateWithInvariantCulture("dddd, MMMM d, yyyy");

    /// <summary>Formats an instant for people, in the policy's zone: <c>Thursday, March 5, 2026 at 8:00 PM EST</c>.</summary>
    public static string When(Instant instant, DateTimeZone zone) => ReadablePattern.Format(instant.InZone(zone));

    /// <summary>Formats a date for people: <c>Saturday, March 7, 2026</c>.</summary>
    public static string Date(LocalDate date) => ReadableDatePattern.Format(date);

    /// <summary>Formats a length for people: <c>23 hours</c>, <c>7 hours 30 minutes</c>, <c>7 days</c>.</summary>
    public static string Length(Duration duration)
    {
        if (duration < Duration.Zero)
        {
            duration = Duration.Zero;
        }

        if (duration >= Duration.FromDays(3) && duration.BclCompatibleTicks % Duration.FromDays(1).BclCompatibleTicks == 0)
        {
            return Plural((long)duration.TotalDays, "day");
        }

        var totalMinutes = (long)Math.Floor(duration.TotalMinutes);
        var hours = totalMinutes / 60;
        var minutes = totalMinutes % 60;
        if (hours == 0)
        {
            return Plural(minutes, "minute");
        }

        return minutes == 0 ? Plural(hours, "hour") : $"{Plural(hours, "hour")} {Plural(minutes, "minute")}";
    }

    /// <summary>Formats a count with its noun: <c>1 month</c>, <c>12 months</c>.</summary>
    public static string Plural(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>The invariant text of an instant for rule inputs.</summary>
    public static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>The invariant text of a date for rule inputs.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The invariant text of a length for rule inputs (<c>-D:hh:mm:ss.FFFFFFFFF</c>).</summary>
    public static string Iso(Duration duration) => DurationPattern.Roundtrip.Format(duration);

    /// <summary>The invariant text of a number.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The invariant text of a decimal.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An ordinal for people: <c>1st</c>, <c>2nd</c>, <c>3rd</c>, <c>11th</c>.</summary>
    public static string Ordinal(long value)
    {
        var suffix = (value % 100) is 11 or 12 or 13 ? "th" : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Number(value) + suffix;
    }

    /// <summary>A payer class in words.</summary>
    public static string PayerClassName(Care.PayerClass payerClass) => payerClass switch
    {
        Care.PayerClass.SelfPay => "self-pay",
        Care.PayerClass.Commercial => "commercial insurance",
        Care.PayerClass.Medicare => "Medicare",
        Care.PayerClass.MedicareAdvantage => "Medicare Advantage",
        Care.PayerClass.Medicaid => "Medicaid",
        Care.PayerClass.DualEligible => "Medicare and Medicaid",
        Care.PayerClass.Tricare => "TRICARE",
        Care.PayerClass.WorkersCompensation => "workers' compensation",
        _ => "another third party",
    };

    /// <summary>An exception kind in words.</summary>
    public static string ExceptionKindName(Cancellations.FeeExceptionKind kind) => kind switch
    {
        Cancellations.FeeExceptionKind.Emergency => "an emergency",
        Cancellations.FeeExceptionKind.Illness => "illness",
        Cancellations.FeeExceptionKind.Weather => "severe weather",
        _ => "circumstances the practice accepted",
    };

    /// <summary>What an escalation means for the client, in words.</summary>
    public static string EscalationActionText(Cancellations.EscalationAction action) => action switch
    {
        Cancellations.EscalationAction.RequireCardOnFile => "a payment card must be kept on file before further sessions are booked",
        Cancellations.EscalationAction.RequirePrepayment => "future sessions must be paid in advance",
        Cancellations.EscalationAction.BlockOnlineBooking => "further sessions are booked through the office rather than online",
        _ => "your clinician will review with you whether to continue treatment or refer you elsewhere",
    };

    /// <summary>A Boolean as <c>true</c>/<c>false</c>.</summary>
    public static string Flag(bool value) => value ? "true" : "false";
}

using NodaTime;

namespace CounselingRecords.Records.Notes;

/// <summary>
/// When a session took place: start and stop instants (R1.4: the record shows start and stop times) and the time
/// zone the date of service and the local times are read in.
/// </summary>
public sealed class SessionPeriod
{
    /// <summary>Initializes a new instance of the <see cref="SessionPeriod"/> class.</summary>
    /// <param name="start">When the session started.</param>
    /// <param name="end">When it stopped.</param>
    /// <param name="timeZone">The zone of the session (the client's location for telehealth).</param>
    public SessionPeriod(Instant start, Instant end, DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        Start = start;
        End = end;
        TimeZone = timeZone;
    }

    /// <summary>Gets the start.</summary>
    public Instant Start { get; }

    /// <summary>Gets the stop.</summary>
    public Instant End { get; }

    /// <summary>Gets the time zone.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>
    /// Creates a period from local start and stop times in a zone. A local time that falls in a daylight-saving gap
    /// moves forward by the gap; one that occurs twice takes the earlier occurrence (NodaTime's lenient resolver),
    /// so minutes across a transition are the real elapsed minutes.
    /// </summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local stop.</param>
    /// <param name="timeZone">The zone.</param>
    /// <returns>The period.</returns>
    public static SessionPeriod FromLocal(LocalDateTime start, LocalDateTime end, DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return new SessionPeriod(start.InZoneLeniently(timeZone).ToInstant(), end.InZoneLeniently(timeZone).ToInstant(), timeZone);
    }

    /// <summary>Returns the date of service: the local date the session started on.</summary>
    /// <returns>The date.</returns>
    public LocalDate DateOfService() => Start.InZone(TimeZone).Date;

    /// <summary>Returns the whole minutes between start and stop.</summary>
    /// <returns>The minutes (0 when stop is not after start).</returns>
    public int Minutes() => WholeMinutes(Start, End);

    /// <inheritdoc />
    public override string ToString() => $"{Start} - {End} ({TimeZone.Id})";

    internal static int WholeMinutes(Instant start, Instant end) =>
        end <= start ? 0 : (int)((end - start).BclCompatibleTicks / NodaConstants.TicksPerMinute);
}

using NodaTime;
using NodaTime.Testing;

namespace CounselingRecords.Testing.Clocks;

/// <summary>
/// Creates NodaTime <see cref="FakeClock"/>s for tests: time stands still unless the test advances it (or
/// an auto-advance is given), so every time-dependent result is reproducible.
/// </summary>
public static class TestClock
{
    /// <summary>Gets the instant tests start at by default: 2026-01-05T14:00:00Z (a Monday, 09:00 in New York).</summary>
    public static Instant DefaultStart { get; } = Instant.FromUtc(2026, 1, 5, 14, 0);

    /// <summary>Creates a clock standing at <paramref name="start"/> (default <see cref="DefaultStart"/>).</summary>
    /// <param name="start">The instant.</param>
    /// <param name="autoAdvance">How far the clock moves after each reading; zero to stand still.</param>
    /// <returns>The clock.</returns>
    public static FakeClock At(Instant? start = null, Duration? autoAdvance = null) =>
        new(start ?? DefaultStart, autoAdvance ?? Duration.Zero);

    /// <summary>Creates a clock standing at a local date and time in a time zone.</summary>
    /// <param name="local">The local date and time.</param>
    /// <param name="zoneId">An IANA zone id, for example <c>America/New_York</c>.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentException">The local time does not exist or is ambiguous in that zone.</exception>
    public static FakeClock AtLocal(LocalDateTime local, string zoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zoneId);
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        return new FakeClock(zone.AtStrictly(local).ToInstant());
    }
}

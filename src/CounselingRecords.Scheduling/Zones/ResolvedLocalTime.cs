using NodaTime;

namespace CounselingRecords.Scheduling.Zones;

/// <summary>A local date-time resolved in a zone by rule S1.3: the instant, the wall-clock time it shows and how it was resolved.</summary>
/// <param name="Requested">The local date-time asked for.</param>
/// <param name="Instant">The resolved instant.</param>
/// <param name="Offset">The zone's offset at <paramref name="Instant"/>.</param>
/// <param name="Resolution">Whether the local time was exact, shifted out of a gap or the earlier of an overlap.</param>
public readonly record struct ResolvedLocalTime(LocalDateTime Requested, Instant Instant, Offset Offset, LocalTimeResolution Resolution)
{
    /// <summary>Gets the wall-clock time shown at <see cref="Instant"/> (differs from <see cref="Requested"/> only after a gap shift).</summary>
    public LocalDateTime Local => Instant.WithOffset(Offset).LocalDateTime;
}

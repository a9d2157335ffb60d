using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Availability;

/// <summary>
/// A weekly working block: on a weekday, from a local start to a local end (same day) in the availability's
/// zone, at a location or, when <see cref="Location"/> is <see langword="null"/>, at any location and for remote
/// sessions. A clinician may have several blocks a day (S2.1).
/// </summary>
public sealed record WorkingBlock
{
    /// <summary>Initializes a new instance of the <see cref="WorkingBlock"/> class.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end; after the start, on the same day.</param>
    /// <param name="location">The location, or <see langword="null"/> for any location.</param>
    public WorkingBlock(IsoDayOfWeek day, LocalTime start, LocalTime end, LocationId? location)
    {
        if (day == IsoDayOfWeek.None || !Enum.IsDefined(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        if (end <= start)
        {
            throw new ArgumentException("A working block must end after it starts, on the same day.", nameof(end));
        }

        Day = day;
        Start = start;
        End = end;
        Location = location;
    }

    /// <summary>Gets the weekday.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the local start.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local end.</summary>
    public LocalTime End { get; }

    /// <summary>Gets the location, or <see langword="null"/> for any location.</summary>
    public LocationId? Location { get; }

    /// <summary>Returns whether the block serves a session at <paramref name="location"/> (a remote session, with no location, fits any block).</summary>
    /// <param name="location">The session's location, if any.</param>
    /// <returns><see langword="true"/> when it serves it.</returns>
    public bool Serves(LocationId? location) => Location is null || location is null || Location == location;
}

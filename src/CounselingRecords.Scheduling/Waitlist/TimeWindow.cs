using NodaTime;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>A local time-of-day window [start, end) in the client's zone, for example 16:00–19:00.</summary>
public readonly record struct TimeWindow
{
    /// <summary>Initializes a new instance of the <see cref="TimeWindow"/> struct.</summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end; after the start.</param>
    public TimeWindow(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentException("A time window must end after it starts.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the local start.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local end.</summary>
    public LocalTime End { get; }

    /// <summary>Returns whether a session from <paramref name="start"/> to <paramref name="end"/> on one day lies inside the window.</summary>
    /// <param name="start">The session's local start.</param>
    /// <param name="end">The session's local end.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(LocalDateTime start, LocalDateTime end) =>
        start.Date == end.Date ? start.TimeOfDay >= Start && end.TimeOfDay <= End : start.TimeOfDay >= Start && End == LocalTime.MaxValue;
}

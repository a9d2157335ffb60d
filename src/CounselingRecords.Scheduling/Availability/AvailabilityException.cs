using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Availability;

/// <summary>
/// A dated change to a clinician's availability, in local time of the availability's zone: time off, extra
/// hours (at a location or any) or a holiday (S2.3). Removal wins over addition. The label is a short
/// administrative word ("Vacation", "Thanksgiving"), never clinical content.
/// </summary>
public sealed record AvailabilityException
{
    /// <summary>Initializes a new instance of the <see cref="AvailabilityException"/> class.</summary>
    /// <param name="kind">What it does.</param>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end; after the start.</param>
    /// <param name="location">For extra hours, the location (or <see langword="null"/> for any).</param>
    /// <param name="label">A short administrative label.</param>
    public AvailabilityException(AvailabilityExceptionKind kind, LocalDateTime start, LocalDateTime end, LocationId? location, string? label)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }

        if (end <= start)
        {
            throw new ArgumentException("An availability exception must end after it starts.", nameof(end));
        }

        Kind = kind;
        Start = start;
        End = end;
        Location = location;
        Label = label;
    }

    /// <summary>Gets what it does.</summary>
    public AvailabilityExceptionKind Kind { get; }

    /// <summary>Gets the local start.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the local end.</summary>
    public LocalDateTime End { get; }

    /// <summary>Gets the location of extra hours, if any.</summary>
    public LocationId? Location { get; }

    /// <summary>Gets the administrative label, if any.</summary>
    public string? Label { get; }

    /// <summary>Creates time off.</summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end.</param>
    /// <param name="label">A label.</param>
    /// <returns>The exception.</returns>
    public static AvailabilityException TimeOff(LocalDateTime start, LocalDateTime end, string? label = null) =>
        new(AvailabilityExceptionKind.TimeOff, start, end, null, label);

    /// <summary>Creates extra hours.</summary>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end.</param>
    /// <param name="location">The location, or <see langword="null"/> for any.</param>
    /// <param name="label">A label.</param>
    /// <returns>The exception.</returns>
    public static AvailabilityException ExtraHours(LocalDateTime start, LocalDateTime end, LocationId? location = null, string? label = null) =>
        new(AvailabilityExceptionKind.ExtraHours, start, end, location, label);

    /// <summary>Creates a holiday covering the whole local day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="label">The holiday's name.</param>
    /// <returns>The exception.</returns>
    public static AvailabilityException Holiday(LocalDate date, string? label = null) =>
        new(AvailabilityExceptionKind.Holiday, date.AtMidnight(), date.PlusDays(1).AtMidnight(), null, label);
}

using System.Collections;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>The occurrences of a series starting in a window; enumerate it (lazily) with <c>foreach</c>.</summary>
public readonly struct OccurrenceWindow : IEnumerable<Occurrence>, IEquatable<OccurrenceWindow>
{
    private readonly RecurringSeries _series;

    internal OccurrenceWindow(RecurringSeries series, Instant from, Instant to, bool includeCancelled)
    {
        _series = series;
        From = from;
        To = to;
        IncludeCancelled = includeCancelled;
    }

    /// <summary>Gets the start of the window (inclusive).</summary>
    public Instant From { get; }

    /// <summary>Gets the end of the window (exclusive).</summary>
    public Instant To { get; }

    /// <summary>Gets a value indicating whether cancelled occurrences are returned.</summary>
    public bool IncludeCancelled { get; }

    /// <summary>Compares two windows.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when they are over the same series and bounds.</returns>
    public static bool operator ==(OccurrenceWindow left, OccurrenceWindow right) => left.Equals(right);

    /// <summary>Compares two windows.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(OccurrenceWindow left, OccurrenceWindow right) => !left.Equals(right);

    /// <summary>Returns the enumerator (one allocation per window, none per occurrence).</summary>
    /// <returns>The enumerator.</returns>
    public OccurrenceEnumerator GetEnumerator() => new(_series ?? throw new InvalidOperationException("The window is empty (default)."), From, To, IncludeCancelled);

    /// <inheritdoc />
    IEnumerator<Occurrence> IEnumerable<Occurrence>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(OccurrenceWindow other) =>
        ReferenceEquals(_series, other._series) && From == other.From && To == other.To && IncludeCancelled == other.IncludeCancelled;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OccurrenceWindow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_series, From, To, IncludeCancelled);
}

using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <content>Lazy, allocation-light expansion.</content>
public sealed partial class RecurringSeries
{
    /// <summary>
    /// Returns the occurrences starting in [<paramref name="from"/>, <paramref name="to"/>), earliest first, lazily:
    /// the window allocates one enumerator and nothing per occurrence. Expanding [a, c) gives the same sequence as
    /// expanding [a, b) and then [b, c).
    /// </summary>
    /// <param name="from">The start of the window (inclusive).</param>
    /// <param name="to">The end of the window (exclusive).</param>
    /// <param name="includeCancelled">Whether cancelled occurrences are returned (marked <see cref="OccurrenceState.Cancelled"/>).</param>
    /// <returns>The occurrences.</returns>
    public OccurrenceWindow Expand(Instant from, Instant to, bool includeCancelled = false) => new(this, from, to, includeCancelled);

    /// <summary>Returns every occurrence of the series, earliest first.</summary>
    /// <param name="includeCancelled">Whether cancelled occurrences are returned.</param>
    /// <returns>The occurrences.</returns>
    public OccurrenceWindow ExpandAll(bool includeCancelled = false) => new(this, Instant.MinValue, Instant.MaxValue, includeCancelled);

    /// <summary>Finds the occurrence with the given recurrence id (original local start).</summary>
    /// <param name="occurrenceId">The original local start.</param>
    /// <returns>The occurrence (with its current state), or <see langword="null"/> when the rule has none at that time.</returns>
    public Occurrence? FindOccurrence(LocalDateTime occurrenceId)
    {
        foreach (var occurrence in ExpandAll(includeCancelled: true))
        {
            if (occurrence.OccurrenceId == occurrenceId)
            {
                return occurrence;
            }
        }

        return null;
    }

    /// <summary>Counts the occurrences a rule produces from a start date, stopping once past <paramref name="limit"/>.</summary>
    internal static int CountOccurrences(RecurrenceRule rule, LocalDate startDate, int limit)
    {
        var days = rule.DaysOfWeek.IsEmpty ? [startDate.DayOfWeek] : rule.DaysOfWeek.ToArray();
        var cursor = new DateCursor(rule, startDate, days);
        var count = 0;
        while (count <= limit && cursor.Next(out _, out _))
        {
            count++;
        }

        return count;
    }

    internal DateCursor NewCursor() => new(Rule, StartDate, _days);

    internal OccurrenceException[] SortedExceptions => _sortedExceptions;

    internal Occurrence[] MovedOccurrences => _moved;
}

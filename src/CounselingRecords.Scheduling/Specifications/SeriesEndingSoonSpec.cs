using Ardalis.Specification;
using CounselingRecords.Scheduling.Recurrence;
using NodaTime;

namespace CounselingRecords.Scheduling.Specifications;

/// <summary>Recurring series not continued by another whose last occurrence starts between now and now + <c>within</c> (default 14 days): time to renew or discharge.</summary>
public sealed class SeriesEndingSoonSpec : Specification<RecurringSeries>
{
    /// <summary>Initializes a new instance of the <see cref="SeriesEndingSoonSpec"/> class.</summary>
    /// <param name="now">The instant.</param>
    /// <param name="within">The window; 14 days when not given.</param>
    public SeriesEndingSoonSpec(Instant now, Duration? within = null)
    {
        var until = now + (within ?? Duration.FromDays(14));
        Query.Where(s => s.LastOccurrenceStart >= now && s.LastOccurrenceStart < until)
            .Where(s => s.ContinuedBy == null)
            .OrderBy(s => s.LastOccurrenceStart);
    }
}

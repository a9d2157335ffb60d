using Ardalis.Specification;
using NodaTime;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>The next booked visits from a wall-clock time, earliest first, one page (ordering, skip and take).</summary>
public sealed class UpcomingVisitsSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="UpcomingVisitsSpec"/> class.</summary>
    /// <param name="from">The earliest start.</param>
    /// <param name="skip">Visits to skip.</param>
    /// <param name="take">Visits to return.</param>
    public UpcomingVisitsSpec(LocalDateTime from, int skip, int take) =>
        Query.Where(v => v.Start >= from && v.Status == ConformanceVisitStatus.Booked)
            .OrderBy(v => v.Start).ThenBy(v => v.Key)
            .Skip(skip).Take(take);
}

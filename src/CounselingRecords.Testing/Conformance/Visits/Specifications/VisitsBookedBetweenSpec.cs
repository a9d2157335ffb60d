using Ardalis.Specification;
using NodaTime;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>Visits booked in a half-open interval of instants.</summary>
public sealed class VisitsBookedBetweenSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsBookedBetweenSpec"/> class.</summary>
    /// <param name="from">The first instant included.</param>
    /// <param name="to">The first instant excluded.</param>
    public VisitsBookedBetweenSpec(Instant from, Instant to) => Query.Where(v => v.BookedAt >= from && v.BookedAt < to);
}

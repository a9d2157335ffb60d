using Ardalis.Specification;
using NodaTime;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>Visits with a follow-up date on or before a day (an optional value compared through null).</summary>
public sealed class VisitsDueForFollowUpSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsDueForFollowUpSpec"/> class.</summary>
    /// <param name="onOrBefore">The last day included.</param>
    public VisitsDueForFollowUpSpec(LocalDate onOrBefore) =>
        Query.Where(v => v.FollowUpOn != null && v.FollowUpOn <= onOrBefore);
}

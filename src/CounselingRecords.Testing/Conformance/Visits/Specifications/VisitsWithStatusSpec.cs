using Ardalis.Specification;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>Visits in one status (an enumeration compared by name).</summary>
public sealed class VisitsWithStatusSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsWithStatusSpec"/> class.</summary>
    /// <param name="status">The status.</param>
    public VisitsWithStatusSpec(ConformanceVisitStatus status) => Query.Where(v => v.Status == status);
}

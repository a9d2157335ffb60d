using Ardalis.Specification;
using CounselingRecords.Identity;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>One visit by id (a single-result specification on the key).</summary>
public sealed class VisitByIdSpec : SingleResultSpecification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitByIdSpec"/> class.</summary>
    /// <param name="id">The visit id.</param>
    public VisitByIdSpec(AppointmentId id) => Query.Where(v => v.Id == id);
}

using Ardalis.Specification;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>The starts of a clinician's visits, earliest first (a projection).</summary>
public sealed class VisitStartsForClinicianSpec : Specification<ConformanceVisit, LocalDateTime>
{
    /// <summary>Initializes a new instance of the <see cref="VisitStartsForClinicianSpec"/> class.</summary>
    /// <param name="clinicianId">The clinician.</param>
    public VisitStartsForClinicianSpec(ClinicianId clinicianId)
    {
        Query.Where(v => v.ClinicianId == clinicianId).OrderBy(v => v.Start).ThenBy(v => v.Key);
        Query.Select(v => v.Start);
    }
}

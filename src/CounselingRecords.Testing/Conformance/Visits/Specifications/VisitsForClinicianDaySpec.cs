using Ardalis.Specification;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>A clinician's visits on one local day, by start (the clinician-day query: an id and a range).</summary>
public sealed class VisitsForClinicianDaySpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsForClinicianDaySpec"/> class.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="day">The local day.</param>
    public VisitsForClinicianDaySpec(ClinicianId clinicianId, LocalDate day)
    {
        var from = day.AtMidnight();
        var to = day.PlusDays(1).AtMidnight();
        Query.Where(v => v.ClinicianId == clinicianId && v.Start >= from && v.Start < to).OrderBy(v => v.Start);
    }
}

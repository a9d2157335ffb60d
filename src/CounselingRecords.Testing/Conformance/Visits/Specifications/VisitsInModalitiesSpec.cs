using Ardalis.Specification;
using CounselingRecords.Care;
using CounselingRecords.Identity;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>A clinician's visits delivered in any of several modalities (a list of values: <c>IN</c>).</summary>
public sealed class VisitsInModalitiesSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsInModalitiesSpec"/> class.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="modalities">The modalities.</param>
    public VisitsInModalitiesSpec(ClinicianId clinicianId, IReadOnlyCollection<Modality> modalities)
    {
        ArgumentNullException.ThrowIfNull(modalities);
        var wanted = modalities.ToList();
        Query.Where(v => v.ClinicianId == clinicianId && wanted.Contains(v.Modality));
    }
}

using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;

namespace CounselingRecords.Policies.Specifications;

/// <summary>Complaints against one clinician, oldest first (for supervision and credentialing reviews).</summary>
public sealed class ComplaintsAgainstClinicianSpec : Specification<Complaint>
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintsAgainstClinicianSpec"/> class.</summary>
    /// <param name="clinicianId">The clinician.</param>
    public ComplaintsAgainstClinicianSpec(ClinicianId clinicianId)
    {
        Query.Where(c => c.Against.ClinicianId == clinicianId).OrderBy(c => c.ReceivedAt);
    }
}

using Ardalis.Specification;
using CounselingRecords.Policies.Complaints;

namespace CounselingRecords.Policies.Specifications;

/// <summary>Complaints not yet closed (escalated ones included), oldest first.</summary>
public sealed class OpenComplaintsSpec : Specification<Complaint>
{
    /// <summary>Initializes a new instance of the <see cref="OpenComplaintsSpec"/> class.</summary>
    public OpenComplaintsSpec()
    {
        Query.Where(c => c.ClosedAt == null).OrderBy(c => c.ReceivedAt);
    }
}

using Ardalis.Specification;
using CounselingRecords.Records.AccessRequests;
using NodaTime;

namespace CounselingRecords.Records.Specifications;

/// <summary>Open access requests due on or before a date (R7.3), soonest first.</summary>
public sealed class AccessRequestsDueSpec : Specification<RecordAccessRequest>
{
    /// <summary>Initializes a new instance of the <see cref="AccessRequestsDueSpec"/> class.</summary>
    /// <param name="dueBy">The last due date included.</param>
    public AccessRequestsDueSpec(LocalDate dueBy)
    {
        Query.Where(r => r.Status == AccessRequestStatus.Open && r.DueOn <= dueBy).OrderBy(r => r.DueOn);
    }
}

using Ardalis.Specification;
using CounselingRecords.Records.Amendments;
using NodaTime;

namespace CounselingRecords.Records.Specifications;

/// <summary>Open amendment requests due on or before a date (R7.8), soonest first; <c>dueBy = today</c> lists what is due or overdue.</summary>
public sealed class AmendmentRequestsDueSpec : Specification<AmendmentRequest>
{
    /// <summary>Initializes a new instance of the <see cref="AmendmentRequestsDueSpec"/> class.</summary>
    /// <param name="dueBy">The last due date included.</param>
    public AmendmentRequestsDueSpec(LocalDate dueBy)
    {
        Query.Where(r => r.Status == AmendmentRequestStatus.Open && r.DueOn <= dueBy).OrderBy(r => r.DueOn);
    }
}

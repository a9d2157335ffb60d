using Ardalis.Specification;
using CounselingRecords.Policies.Inquiries;
using NodaTime;

namespace CounselingRecords.Policies.Specifications;

/// <summary>Open inquiries not yet answered whose first response was due before <c>asOf</c>, the most overdue first.</summary>
public sealed class OverdueInquiriesSpec : Specification<Inquiry>
{
    /// <summary>Initializes a new instance of the <see cref="OverdueInquiriesSpec"/> class.</summary>
    /// <param name="asOf">The instant to judge at.</param>
    public OverdueInquiriesSpec(Instant asOf)
    {
        Query.Where(i => i.ClosedAt == null && i.FirstRespondedAt == null && i.ResponseDueAt < asOf)
            .OrderBy(i => i.ResponseDueAt);
    }
}

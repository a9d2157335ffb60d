using Ardalis.Specification;
using CounselingRecords.Policies.Inquiries;

namespace CounselingRecords.Policies.Specifications;

/// <summary>Inquiries not yet closed, oldest first.</summary>
public sealed class OpenInquiriesSpec : Specification<Inquiry>
{
    /// <summary>Initializes a new instance of the <see cref="OpenInquiriesSpec"/> class.</summary>
    public OpenInquiriesSpec()
    {
        Query.Where(i => i.ClosedAt == null).OrderBy(i => i.ReceivedAt);
    }
}

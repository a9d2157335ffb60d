using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Complaints;

namespace CounselingRecords.Policies.Specifications;

/// <summary>Open billing complaints about a client: while any exists, billing and collections for the client should be held (<see cref="Complaint.HoldsBilling"/>).</summary>
public sealed class BillingHoldComplaintsSpec : Specification<Complaint>
{
    /// <summary>Initializes a new instance of the <see cref="BillingHoldComplaintsSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    public BillingHoldComplaintsSpec(ClientId clientId)
    {
        Query.Where(c => c.ClientId == clientId && c.Category == ComplaintCategory.Billing && c.ClosedAt == null);
    }
}

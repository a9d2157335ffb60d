using Ardalis.Specification;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Specifications;

/// <summary>A client's Good Faith Estimates, newest revision first.</summary>
public sealed class GoodFaithEstimatesForClientSpec : Specification<GoodFaithEstimate>
{
    /// <summary>Initializes a new instance of the <see cref="GoodFaithEstimatesForClientSpec"/> class.</summary>
    /// <param name="client">The client.</param>
    public GoodFaithEstimatesForClientSpec(ClientId client) =>
        Query.Where(e => e.Contents.Client == client).OrderByDescending(e => e.IssuedAt);
}

using Ardalis.Specification;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Specifications;

/// <summary>The sliding-fee agreement of one client.</summary>
public sealed class SlidingFeeAgreementForClientSpec : Specification<SlidingFeeAgreement>, ISingleResultSpecification<SlidingFeeAgreement>
{
    /// <summary>Initializes a new instance of the <see cref="SlidingFeeAgreementForClientSpec"/> class.</summary>
    /// <param name="client">The client.</param>
    public SlidingFeeAgreementForClientSpec(ClientId client) => Query.Where(a => a.Client == client);
}

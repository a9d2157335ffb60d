using System.Collections.Immutable;
using CounselingRecords.Care;

namespace CounselingRecords.Billing.Estimates;

/// <summary>What the practice learned when it asked about coverage (R3.1: providers must ask when scheduling or on request).</summary>
/// <param name="EnrolledCoverage">Every coverage the client is enrolled in; empty (or only <see cref="PayerClass.SelfPay"/>) when uninsured.</param>
/// <param name="ClaimWillBeSubmitted">Whether the client wants a claim submitted for this service.</param>
public sealed record CoverageFacts(ImmutableArray<PayerClass> EnrolledCoverage, bool ClaimWillBeSubmitted)
{
    /// <summary>Gets the coverage.</summary>
    public ImmutableArray<PayerClass> EnrolledCoverage { get; init; } = EnrolledCoverage.IsDefault ? [] : EnrolledCoverage;
}

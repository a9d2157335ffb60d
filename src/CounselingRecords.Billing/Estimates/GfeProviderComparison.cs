using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Estimates;

/// <summary>One provider's billed total against its estimate (R3.7).</summary>
/// <param name="ProviderNpi">The provider's NPI.</param>
/// <param name="Estimated">The expected charges on the estimate.</param>
/// <param name="Billed">The billed charges.</param>
public sealed record GfeProviderComparison(string ProviderNpi, Money Estimated, Money Billed)
{
    /// <summary>The excess at which a bill is "substantially in excess" (R3.7).</summary>
    public const decimal DisputeThresholdUsd = 400.00m;

    /// <summary>Gets billed − estimated.</summary>
    public Money Excess => Billed - Estimated;

    /// <summary>Gets a value indicating whether the client may start dispute resolution: billed − estimate ≥ 400.00 (R3.7).</summary>
    public bool MayDispute => Excess.Amount >= DisputeThresholdUsd;
}

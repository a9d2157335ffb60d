using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Estimates;

/// <summary>The total billed charges of one provider or facility for the period an estimate covers.</summary>
/// <param name="ProviderNpi">The provider's NPI.</param>
/// <param name="Billed">The total billed.</param>
public sealed record BilledProviderTotal(string ProviderNpi, Money Billed);

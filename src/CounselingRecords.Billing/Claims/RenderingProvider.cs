namespace CounselingRecords.Billing.Claims;

/// <summary>The rendering provider of a claim, reported when it differs from the billing provider (CMS-1500 24J, 837P 2310B, R2.5, R2.6).</summary>
/// <param name="Name">The provider's name.</param>
/// <param name="Npi">The individual NPI.</param>
/// <param name="TaxonomyCode">The NUCC taxonomy code.</param>
public sealed record RenderingProvider(string Name, string Npi, string TaxonomyCode)
{
    /// <summary>Returns whether this provider differs from the billing provider of item 33a (another NPI); only then is it reported (R2.5).</summary>
    /// <param name="billingProvider">The billing provider.</param>
    /// <returns><see langword="true"/> when the NPIs differ.</returns>
    public bool DiffersFrom(ProviderIdentity billingProvider) =>
        billingProvider is null || !string.Equals(Npi?.Trim(), billingProvider.Npi?.Trim(), StringComparison.Ordinal);
}

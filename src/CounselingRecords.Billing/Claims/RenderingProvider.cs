namespace CounselingRecords.Billing.Claims;

/// <summary>The rendering provider of a claim, reported when it differs from the billing provider (CMS-1500 24J, 837P 2310B, R2.5, R2.6).</summary>
/// <param name="Name">The provider's name.</param>
/// <param name="Npi">The individual NPI.</param>
/// <param name="TaxonomyCode">The NUCC taxonomy code.</param>
public sealed record RenderingProvider(string Name, string Npi, string TaxonomyCode);

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// A provider as claims and superbills name it (R2.5, R2.6, R2.10): name, credentials, individual NPI, the
/// organization NPI of a group, tax id, taxonomy, license, address and phone.
/// </summary>
/// <param name="Name">The legal or practice name.</param>
/// <param name="Credentials">The credentials, for example LPC or LCSW.</param>
/// <param name="Npi">The NPI (individual, or the organization's for a billing provider that is a group).</param>
/// <param name="OrganizationNpi">The group's organization NPI, when the provider is an individual in a group.</param>
/// <param name="TaxId">The federal tax id (EIN or SSN).</param>
/// <param name="TaxonomyCode">The NUCC taxonomy code (R2.9).</param>
/// <param name="LicenseNumber">The license number.</param>
/// <param name="LicenseState">The state of the license.</param>
/// <param name="Address">The practice address (a street address, not a PO box, for the billing provider).</param>
/// <param name="Phone">The phone number.</param>
public sealed record ProviderIdentity(
    string Name,
    string? Credentials,
    string Npi,
    string? OrganizationNpi,
    string TaxId,
    string TaxonomyCode,
    string? LicenseNumber,
    string? LicenseState,
    PostalAddress Address,
    string Phone);

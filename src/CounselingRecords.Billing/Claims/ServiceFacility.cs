namespace CounselingRecords.Billing.Claims;

/// <summary>Where the services were furnished: CMS-1500 items 32 and 32a (837P loop 2310C; R2.5, R2.6).</summary>
/// <param name="Name">The facility or office name (item 32).</param>
/// <param name="Address">Its street address (item 32).</param>
/// <param name="Npi">Its NPI (item 32a), if it has one.</param>
public sealed record ServiceFacility(string Name, PostalAddress Address, string? Npi = null)
{
    /// <summary>Gets a value indicating whether item 32 is filled: a name and a complete address.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Name) && Address is { IsComplete: true };
}

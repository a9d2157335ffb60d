namespace CounselingRecords.Billing.Claims;

/// <summary>The referring, ordering or supervising provider: CMS-1500 items 17 and 17b (837P loop 2310A; R2.5).</summary>
/// <param name="Qualifier">The role (item 17 qualifier DN, DK or DQ).</param>
/// <param name="Name">The provider's name (item 17).</param>
/// <param name="Npi">The provider's NPI (item 17b).</param>
public sealed record ReferringProvider(ReferringProviderQualifier Qualifier, string Name, string Npi)
{
    /// <summary>Gets the item 17 qualifier: <c>DN</c>, <c>DK</c> or <c>DQ</c>.</summary>
    public string QualifierCode => Qualifier switch
    {
        ReferringProviderQualifier.Referring => "DN",
        ReferringProviderQualifier.Ordering => "DK",
        ReferringProviderQualifier.Supervising => "DQ",
        _ => throw new InvalidOperationException($"Unknown qualifier {Qualifier}."),
    };
}

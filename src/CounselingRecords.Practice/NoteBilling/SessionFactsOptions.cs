namespace CounselingRecords.Practice.NoteBilling;

/// <summary>
/// Billing choices a note does not record: a payer that bills individual counseling per 15 minutes (for example a
/// Medicaid plan's H0004, R1.14), and an explicit place of service for a place R1.15 does not derive (for example
/// <c>03</c>, a school).
/// </summary>
/// <param name="TimedUnitCode">The 15-minute code individual psychotherapy is billed as for this payer, or <see langword="null"/> for the time-based CPT codes (R1.1).</param>
/// <param name="PlaceOfServiceOverride">An explicit two-digit place of service, or <see langword="null"/> to derive it from the client's location (R1.15).</param>
public sealed record SessionFactsOptions(string? TimedUnitCode = null, string? PlaceOfServiceOverride = null)
{
    /// <summary>Gets the defaults: time-based CPT codes, place of service derived.</summary>
    public static SessionFactsOptions Default { get; } = new();
}

using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// What a client reported for a sliding-fee determination: annual household income and size, the region, the
/// evidence, and who determined it when (R5.1: eligibility on income and family size only).
/// </summary>
/// <param name="Client">The client.</param>
/// <param name="AnnualHouseholdIncome">The annual household income.</param>
/// <param name="HouseholdSize">The number of persons in the household.</param>
/// <param name="Region">The poverty-guideline region where the household lives.</param>
/// <param name="Evidence">How income and size were established.</param>
/// <param name="EvidenceNote">What was seen (for example "2025 tax return"), if anything; no clinical content.</param>
/// <param name="DeterminedBy">The staff member who made the determination.</param>
/// <param name="DeterminedAt">When the determination was recorded.</param>
/// <param name="DeterminedOn">The date of the determination in the practice's time zone; it selects the guideline year.</param>
[ProtectedHealthInformation]
public sealed record SlidingFeeApplication(
    ClientId Client,
    Money AnnualHouseholdIncome,
    int HouseholdSize,
    PovertyGuidelineRegion Region,
    IncomeEvidence Evidence,
    string? EvidenceNote,
    UserId DeterminedBy,
    Instant DeterminedAt,
    LocalDate DeterminedOn)
{
    /// <summary>Names the client only; income stays out of logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"SlidingFeeApplication for {Client}";
}

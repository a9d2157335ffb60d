using System.Globalization;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// A client's sliding-fee determination: the income and household size reported, the evidence, who determined
/// it and when, the poverty guideline used, the percentage of it (R5.2), the tier that follows and when income
/// must be re-verified. Kept as a record of the decision (anchors 3.13 "client fee agreement").
/// </summary>
/// <param name="Client">The client.</param>
/// <param name="ScheduleName">The sliding-fee schedule that was applied.</param>
/// <param name="AnnualHouseholdIncome">The annual household income.</param>
/// <param name="HouseholdSize">The household size.</param>
/// <param name="Region">The guideline region.</param>
/// <param name="Evidence">How income was established.</param>
/// <param name="EvidenceNote">What was seen, if anything.</param>
/// <param name="DeterminedBy">Who determined it.</param>
/// <param name="DeterminedAt">When it was recorded.</param>
/// <param name="DeterminedOn">The date of the determination; services from this date get the discount.</param>
/// <param name="GuidelineYear">The guideline year used.</param>
/// <param name="Guideline">The guideline amount for the household.</param>
/// <param name="PercentOfGuideline">Income ÷ guideline × 100, exact.</param>
/// <param name="Tier">The tier that applies.</param>
/// <param name="ReverificationDue">The date by which income must be re-verified.</param>
/// <param name="AppliesWhenOverdue">Whether the discount continues after <paramref name="ReverificationDue"/> has passed.</param>
[ProtectedHealthInformation]
public sealed record SlidingFeeDetermination(
    ClientId Client,
    string ScheduleName,
    Money AnnualHouseholdIncome,
    int HouseholdSize,
    PovertyGuidelineRegion Region,
    IncomeEvidence Evidence,
    string? EvidenceNote,
    UserId DeterminedBy,
    Instant DeterminedAt,
    LocalDate DeterminedOn,
    int GuidelineYear,
    Money Guideline,
    decimal PercentOfGuideline,
    SlidingFeeTier Tier,
    LocalDate ReverificationDue,
    bool AppliesWhenOverdue)
{
    /// <summary>Gets the tier.</summary>
    public SlidingFeeTier Tier { get; init; } = Tier ?? throw new ArgumentNullException(nameof(Tier));

    /// <summary>Gets the household size.</summary>
    public int HouseholdSize { get; init; } = HouseholdSize >= 1 ? HouseholdSize : throw new ArgumentOutOfRangeException(nameof(HouseholdSize));

    /// <summary>Gets the re-verification date.</summary>
    public LocalDate ReverificationDue { get; init; } = ReverificationDue >= DeterminedOn
        ? ReverificationDue
        : throw new ArgumentException("Re-verification cannot be due before the determination.", nameof(ReverificationDue));

    /// <summary>Gets the percentage of the guideline rounded to two decimals for display (half away from zero).</summary>
    public decimal DisplayPercent => Math.Round(PercentOfGuideline, 2, MidpointRounding.AwayFromZero);

    /// <summary>Returns whether and how the determination applies to a date of service.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <returns>The decision.</returns>
    public SlidingFeeDecision DecisionFor(LocalDate dateOfService)
    {
        var status = dateOfService < DeterminedOn ? SlidingFeeDecisionStatus.NotYetEffective
            : dateOfService <= ReverificationDue ? SlidingFeeDecisionStatus.Applies
            : AppliesWhenOverdue ? SlidingFeeDecisionStatus.AppliesDespiteOverdueReverification
            : SlidingFeeDecisionStatus.ReverificationOverdue;
        return new SlidingFeeDecision(this, status, dateOfService);
    }

    /// <summary>Returns the sentence that explains the determination.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => new(
        "R5.2",
        string.Create(CultureInfo.InvariantCulture, $"Household of {HouseholdSize} with annual income {AnnualHouseholdIncome} is {DisplayPercent:0.00}% of the {GuidelineYear} HHS poverty guideline ({Guideline}, {RegionName(Region)}); tier {Tier.Label}: {Tier.DescribeFee()}. Income {(Evidence == IncomeEvidence.Documented ? "documented" : "self-attested")}, determined {DeterminedOn:uuuu-MM-dd} by {DeterminedBy}; re-verify by {ReverificationDue:uuuu-MM-dd}."));

    /// <summary>Names the client and the tier only; income stays out of logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"SlidingFeeDetermination for {Client} on {DeterminedOn:uuuu-MM-dd}";

    internal static string RegionName(PovertyGuidelineRegion region) => region switch
    {
        PovertyGuidelineRegion.Alaska => "Alaska",
        PovertyGuidelineRegion.Hawaii => "Hawaii",
        _ => "48 contiguous states and DC",
    };
}

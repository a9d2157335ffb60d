using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// A sliding-fee schedule as data (R5.4): tiers of percent of the poverty guideline, <c>(min, max]</c>, that give a
/// discount percentage, a fixed fee or a nominal charge; the guideline table it uses; and how often income must be
/// re-verified. <see cref="HrsaDefault"/> builds the HRSA model of R5.1; <see cref="HrsaSlidingFeeScheduleValidator"/>
/// checks a custom schedule against it.
/// </summary>
public sealed class SlidingFeeSchedule
{
    private static readonly SlidingFeeApplicationValidator ApplicationValidator = new();

    /// <summary>Initializes a new instance of the <see cref="SlidingFeeSchedule"/> class.</summary>
    /// <param name="name">The schedule's name, shown on determinations.</param>
    /// <param name="tiers">The tiers in increasing order; the first starts at 0%, each starts where the previous ends, the last is open-ended.</param>
    /// <param name="guidelines">The poverty guidelines.</param>
    /// <param name="reverificationInterval">How long a determination lasts before income must be re-verified.</param>
    /// <param name="appliesWhenReverificationOverdue">Whether the discount continues after re-verification falls due.</param>
    public SlidingFeeSchedule(string name, ImmutableArray<SlidingFeeTier> tiers, PovertyGuidelineTable guidelines, Period reverificationInterval, bool appliesWhenReverificationOverdue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(guidelines);
        ArgumentNullException.ThrowIfNull(reverificationInterval);
        if (tiers.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A schedule needs at least one tier.", nameof(tiers));
        }

        for (var i = 0; i < tiers.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(tiers[i], nameof(tiers));
            var expectedStart = i == 0 ? null : tiers[i - 1].UpToPercent;
            if (tiers[i].AbovePercent != expectedStart || (i < tiers.Length - 1 && tiers[i].UpToPercent is null))
            {
                throw new ArgumentException("Tiers start at 0%, each starts exactly where the previous one ends, and only the last is open-ended.", nameof(tiers));
            }
        }

        if (tiers[^1].UpToPercent is not null)
        {
            throw new ArgumentException("The last tier is open-ended so every income falls in a tier.", nameof(tiers));
        }

        var today = new LocalDate(2000, 1, 1);
        if (today.Plus(reverificationInterval) <= today)
        {
            throw new ArgumentException("The re-verification interval is positive.", nameof(reverificationInterval));
        }

        Name = name;
        Tiers = tiers;
        Guidelines = guidelines;
        ReverificationInterval = reverificationInterval;
        AppliesWhenReverificationOverdue = appliesWhenReverificationOverdue;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the tiers.</summary>
    public ImmutableArray<SlidingFeeTier> Tiers { get; }

    /// <summary>Gets the poverty guidelines.</summary>
    public PovertyGuidelineTable Guidelines { get; }

    /// <summary>Gets how long a determination lasts before re-verification.</summary>
    public Period ReverificationInterval { get; }

    /// <summary>Gets a value indicating whether the discount continues after re-verification falls due.</summary>
    public bool AppliesWhenReverificationOverdue { get; }

    /// <summary>
    /// Returns the HRSA model (R5.1): full discount at or below 100% FPG with an optional nominal charge, four
    /// partial discount classes 101–125, 126–150, 151–175 and 176–200% (HRSA's example; the default discounts
    /// 80/60/40/20% are a practice choice), and no discount above 200%. Income is re-verified every 12 months.
    /// </summary>
    /// <param name="nominalCharge">The nominal charge per visit at or below 100% FPG; zero for none.</param>
    /// <param name="guidelines">The guideline table; <see cref="PovertyGuidelineTable.Hhs2024To2026"/> when null.</param>
    /// <param name="partialDiscounts">The four partial discounts, highest first; 80, 60, 40, 20 when empty.</param>
    /// <returns>The schedule.</returns>
    public static SlidingFeeSchedule HrsaDefault(Money nominalCharge, PovertyGuidelineTable? guidelines = null, ImmutableArray<decimal> partialDiscounts = default)
    {
        var discounts = partialDiscounts.IsDefaultOrEmpty ? [80m, 60m, 40m, 20m] : partialDiscounts;
        if (discounts.Length != 4)
        {
            throw new ArgumentException("The HRSA example has four partial classes.", nameof(partialDiscounts));
        }

        var first = nominalCharge.IsZero
            ? new SlidingFeeTier("0–100% FPG", null, 100m, SlidingFeeKind.PercentDiscount, 100m, null)
            : new SlidingFeeTier("0–100% FPG", null, 100m, SlidingFeeKind.NominalCharge, 0m, nominalCharge);
        return new SlidingFeeSchedule(
            "HRSA sliding fee discount schedule",
            [
                first,
                new("101–125% FPG", 100m, 125m, SlidingFeeKind.PercentDiscount, discounts[0], null),
                new("126–150% FPG", 125m, 150m, SlidingFeeKind.PercentDiscount, discounts[1], null),
                new("151–175% FPG", 150m, 175m, SlidingFeeKind.PercentDiscount, discounts[2], null),
                new("176–200% FPG", 175m, 200m, SlidingFeeKind.PercentDiscount, discounts[3], null),
                new("Over 200% FPG", 200m, null, SlidingFeeKind.NoDiscount, 0m, null),
            ],
            guidelines ?? PovertyGuidelineTable.Hhs2024To2026,
            Period.FromMonths(12),
            false);
    }

    /// <summary>Returns the tier that contains a percentage of the guideline.</summary>
    /// <param name="percentOfGuideline">The percentage, not negative.</param>
    /// <returns>The tier.</returns>
    public SlidingFeeTier TierFor(decimal percentOfGuideline)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percentOfGuideline);
        foreach (var tier in Tiers)
        {
            if (tier.Contains(percentOfGuideline))
            {
                return tier;
            }
        }

        throw new InvalidOperationException("The tiers cover every percentage; this cannot happen.");
    }

    /// <summary>
    /// Determines a client's tier: <c>%FPG = income ÷ guideline(year, region, size) × 100</c> with the most recent
    /// guideline in effect on the determination date (R5.1, R5.2), then the tier that contains it.
    /// </summary>
    /// <param name="application">What the client reported.</param>
    /// <returns>The determination, or a validation error or <see cref="BillingErrorCodes.SlidingScaleNoGuideline"/>.</returns>
    public Result<SlidingFeeDetermination> Determine(SlidingFeeApplication application)
    {
        var checkedApplication = ApplicationValidator.Check(application);
        if (checkedApplication.Failure)
        {
            return checkedApplication.ConvertError<SlidingFeeDetermination>();
        }

        var input = checkedApplication.Value;
        if (!Guidelines.TryFind(input.DeterminedOn, input.Region, out var guideline))
        {
            return Result.Failure<SlidingFeeDetermination>(
                BillingErrorCodes.SlidingScaleNoGuideline,
                $"No poverty guideline for {SlidingFeeDetermination.RegionName(input.Region)} is in effect on {input.DeterminedOn:uuuu-MM-dd}.",
                "R5.2");
        }

        var amount = guideline.For(input.HouseholdSize);
        if (amount.Currency != input.AnnualHouseholdIncome.Currency)
        {
            return Result.Failure<SlidingFeeDetermination>(
                BillingErrorCodes.SlidingScaleCurrencyMismatch,
                $"Income is in {input.AnnualHouseholdIncome.Currency} but the guideline is in {amount.Currency}.",
                "R5.2");
        }

        var percent = input.AnnualHouseholdIncome.Amount / amount.Amount * 100m;
        return new SlidingFeeDetermination(
            input.Client, Name, input.AnnualHouseholdIncome, input.HouseholdSize, input.Region, input.Evidence, input.EvidenceNote,
            input.DeterminedBy, input.DeterminedAt, input.DeterminedOn, guideline.Year, amount, percent, TierFor(percent),
            input.DeterminedOn.Plus(ReverificationInterval), AppliesWhenReverificationOverdue);
    }
}

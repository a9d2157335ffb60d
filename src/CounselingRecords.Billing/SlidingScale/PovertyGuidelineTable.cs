using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// The poverty guidelines a practice uses, by year and region; the most recent guideline in effect on a date
/// applies (R5.1 "use the most recent FPG"). <see cref="Hhs2024To2026"/> holds the R5.3 table.
/// </summary>
public sealed class PovertyGuidelineTable
{
    /// <summary>Initializes a new instance of the <see cref="PovertyGuidelineTable"/> class.</summary>
    /// <param name="guidelines">The guidelines; at most one per year and region.</param>
    public PovertyGuidelineTable(ImmutableArray<PovertyGuideline> guidelines)
    {
        guidelines = guidelines.IsDefault ? [] : guidelines;
        var seen = new HashSet<(int, PovertyGuidelineRegion)>();
        foreach (var guideline in guidelines)
        {
            ArgumentNullException.ThrowIfNull(guideline, nameof(guidelines));
            if (!seen.Add((guideline.Year, guideline.Region)))
            {
                throw new ArgumentException($"The {guideline.Year} guideline for {guideline.Region} appears twice.", nameof(guidelines));
            }
        }

        Guidelines = guidelines;
    }

    /// <summary>
    /// Gets the HHS poverty guidelines for 2024, 2025 and 2026 for the 48 contiguous states and DC, Alaska and
    /// Hawaii, exactly as the R5.3 table. Effective dates: 2026 from 13 January 2026 and 2025 from 15 January 2025
    /// (the dates the notices state, R5.2); 2024 from 17 January 2024, the date of its Federal Register publication
    /// (89 FR 2961), following the HHS rule that guidelines may be used once published. The 2024 and 2025 Alaska and
    /// Hawaii rows come from secondary sources (rules §9 item 2); replace the table when they are re-verified.
    /// </summary>
    public static PovertyGuidelineTable Hhs2024To2026 { get; } = new(
    [
        Row(2026, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, new LocalDate(2026, 1, 13), [15_960, 21_640, 27_320, 33_000, 38_680, 44_360, 50_040, 55_720], 5_680, Notice2026),
        Row(2026, PovertyGuidelineRegion.Alaska, new LocalDate(2026, 1, 13), [19_950, 27_050, 34_150, 41_250, 48_350, 55_450, 62_550, 69_650], 7_100, Notice2026),
        Row(2026, PovertyGuidelineRegion.Hawaii, new LocalDate(2026, 1, 13), [18_360, 24_890, 31_420, 37_950, 44_480, 51_010, 57_540, 64_070], 6_530, Notice2026),
        Row(2025, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, new LocalDate(2025, 1, 15), [15_650, 21_150, 26_650, 32_150, 37_650, 43_150, 48_650, 54_150], 5_500, Notice2025),
        Row(2025, PovertyGuidelineRegion.Alaska, new LocalDate(2025, 1, 15), [19_550, 26_430, 33_310, 40_190, 47_070, 53_950, 60_830, 67_710], 6_880, Notice2025 + "; Alaska row from code citing the ASPE detailed guidelines, to re-verify"),
        Row(2025, PovertyGuidelineRegion.Hawaii, new LocalDate(2025, 1, 15), [17_990, 24_320, 30_650, 36_980, 43_310, 49_640, 55_970, 62_300], 6_330, Notice2025 + "; Hawaii row from code citing the ASPE detailed guidelines, to re-verify"),
        Row(2024, PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia, new LocalDate(2024, 1, 17), [15_060, 20_440, 25_820, 31_200, 36_580, 41_960, 47_340, 52_720], 5_380, Notice2024),
        Row(2024, PovertyGuidelineRegion.Alaska, new LocalDate(2024, 1, 17), [18_810, 25_540, 32_270, 39_000, 45_730, 52_460, 59_190, 65_920], 6_730, Notice2024 + "; Alaska row back-calculated from a 150% table, to re-verify"),
        Row(2024, PovertyGuidelineRegion.Hawaii, new LocalDate(2024, 1, 17), [17_310, 23_500, 29_690, 35_880, 42_070, 48_260, 54_450, 60_640], 6_190, Notice2024 + "; Hawaii row back-calculated from a 150% table, to re-verify"),
    ]);

    /// <summary>Gets the guidelines.</summary>
    public ImmutableArray<PovertyGuideline> Guidelines { get; }

    private static string Notice2026 => "HHS poverty guidelines 2026, 91 FR 1797 (15 Jan 2026), effective 13 Jan 2026";

    private static string Notice2025 => "HHS poverty guidelines 2025, 90 FR 5917 (17 Jan 2025), effective 15 Jan 2025";

    private static string Notice2024 => "HHS poverty guidelines 2024, 89 FR 2961 (17 Jan 2024), used from publication";

    /// <summary>Finds the most recent guideline of the region in effect on the date.</summary>
    /// <param name="date">The date the income is assessed.</param>
    /// <param name="region">The region.</param>
    /// <param name="guideline">The guideline, when one is in effect.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(LocalDate date, PovertyGuidelineRegion region, [NotNullWhen(true)] out PovertyGuideline? guideline)
    {
        guideline = null;
        foreach (var candidate in Guidelines)
        {
            if (candidate.Region == region && candidate.EffectiveFrom <= date && (guideline is null || candidate.EffectiveFrom > guideline.EffectiveFrom))
            {
                guideline = candidate;
            }
        }

        return guideline is not null;
    }

    private static PovertyGuideline Row(int year, PovertyGuidelineRegion region, LocalDate effective, int[] amounts, int increment, string source) =>
        new(year, region, effective, [.. amounts.Select(a => Money.Usd(a))], Money.Usd(increment), source);
}

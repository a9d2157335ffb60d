using System.Collections.Immutable;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// One year's HHS poverty guideline for one region: the annual amounts for households of 1 to 8 persons and the
/// amount for each further person, effective from the date the HHS notice states (R5.2, R5.3).
/// </summary>
public sealed class PovertyGuideline
{
    /// <summary>Initializes a new instance of the <see cref="PovertyGuideline"/> class.</summary>
    /// <param name="year">The guideline year.</param>
    /// <param name="region">The region.</param>
    /// <param name="effectiveFrom">The date it takes effect.</param>
    /// <param name="householdOfOneToEight">The annual amounts for 1 to 8 persons, increasing.</param>
    /// <param name="eachAdditionalPerson">The amount added for each person beyond 8.</param>
    /// <param name="source">Where the figures come from (the Federal Register notice or ASPE table).</param>
    public PovertyGuideline(int year, PovertyGuidelineRegion region, LocalDate effectiveFrom, ImmutableArray<Money> householdOfOneToEight, Money eachAdditionalPerson, string source)
    {
        if (!Enum.IsDefined(region))
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region.");
        }

        if (householdOfOneToEight.IsDefault || householdOfOneToEight.Length != 8)
        {
            throw new ArgumentException("A guideline lists the amounts for households of 1 to 8 persons.", nameof(householdOfOneToEight));
        }

        for (var i = 0; i < 8; i++)
        {
            if (!householdOfOneToEight[i].IsPositive || (i > 0 && householdOfOneToEight[i] <= householdOfOneToEight[i - 1]))
            {
                throw new ArgumentException("Guideline amounts are positive and increase with household size.", nameof(householdOfOneToEight));
            }
        }

        if (!eachAdditionalPerson.IsPositive || eachAdditionalPerson.Currency != householdOfOneToEight[0].Currency)
        {
            throw new ArgumentException("The amount per additional person is positive and in the same currency.", nameof(eachAdditionalPerson));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Year = year;
        Region = region;
        EffectiveFrom = effectiveFrom;
        HouseholdOfOneToEight = householdOfOneToEight;
        EachAdditionalPerson = eachAdditionalPerson;
        Source = source;
    }

    /// <summary>Gets the guideline year.</summary>
    public int Year { get; }

    /// <summary>Gets the region.</summary>
    public PovertyGuidelineRegion Region { get; }

    /// <summary>Gets the date it takes effect.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the amounts for households of 1 to 8 persons.</summary>
    public ImmutableArray<Money> HouseholdOfOneToEight { get; }

    /// <summary>Gets the amount for each person beyond 8.</summary>
    public Money EachAdditionalPerson { get; }

    /// <summary>Gets the source of the figures.</summary>
    public string Source { get; }

    /// <summary>
    /// Returns the guideline for a household: <c>table[size]</c> for 1–8 persons, <c>table[8] + (size − 8) ×
    /// increment</c> beyond (R5.2).
    /// </summary>
    /// <param name="householdSize">The household size, at least 1.</param>
    /// <returns>The annual guideline amount.</returns>
    public Money For(int householdSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(householdSize, 1);
        return householdSize <= 8
            ? HouseholdOfOneToEight[householdSize - 1]
            : HouseholdOfOneToEight[7] + EachAdditionalPerson.Multiply(householdSize - 8);
    }

    /// <summary>Formats as <c>2026 HHS poverty guideline (ContiguousStatesAndDistrictOfColumbia)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Year} HHS poverty guideline ({Region})";
}

using System.Collections.Frozen;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>Maps a US state to its poverty-guideline region (R5.2).</summary>
public static class PovertyGuidelineRegions
{
    private static readonly FrozenSet<string> StatesAndDc = new[]
    {
        "AL", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Returns the region of a state's USPS code: AK → Alaska, HI → Hawaii, the other 48 states and DC → the
    /// contiguous-states region. Territories have no HHS guideline and are not mapped.
    /// </summary>
    /// <param name="stateCode">The two-letter USPS code (case-insensitive).</param>
    /// <param name="region">The region, when the code is a state or DC.</param>
    /// <returns><see langword="true"/> when mapped.</returns>
    public static bool TryFromStateCode(string? stateCode, out PovertyGuidelineRegion region)
    {
        region = PovertyGuidelineRegion.ContiguousStatesAndDistrictOfColumbia;
        if (stateCode is not { Length: 2 })
        {
            return false;
        }

        var code = stateCode.ToUpperInvariant();
        switch (code)
        {
            case "AK":
                region = PovertyGuidelineRegion.Alaska;
                return true;
            case "HI":
                region = PovertyGuidelineRegion.Hawaii;
                return true;
            default:
                return StatesAndDc.Contains(code);
        }
    }
}

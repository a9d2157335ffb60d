namespace CounselingRecords.Billing.SlidingScale;

/// <summary>The three regions of the HHS poverty guidelines (R5.2).</summary>
public enum PovertyGuidelineRegion
{
    /// <summary>The 48 contiguous states and the District of Columbia.</summary>
    ContiguousStatesAndDistrictOfColumbia,

    /// <summary>Alaska.</summary>
    Alaska,

    /// <summary>Hawaii.</summary>
    Hawaii,
}

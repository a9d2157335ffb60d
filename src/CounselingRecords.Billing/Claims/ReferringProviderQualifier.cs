namespace CounselingRecords.Billing.Claims;

/// <summary>The qualifier of item 17 (R2.5): which role the provider in item 17 played.</summary>
public enum ReferringProviderQualifier
{
    /// <summary>DN: referring provider.</summary>
    Referring,

    /// <summary>DK: ordering provider.</summary>
    Ordering,

    /// <summary>DQ: supervising provider.</summary>
    Supervising,
}

namespace CounselingRecords.Policies.Complaints;

/// <summary>The finding of a complaint investigation.</summary>
public enum ComplaintFinding
{
    /// <summary>The complaint was substantiated; a corrective action is required.</summary>
    Substantiated,

    /// <summary>The complaint was partly substantiated; a corrective action is required.</summary>
    PartiallySubstantiated,

    /// <summary>The complaint was not substantiated.</summary>
    NotSubstantiated,

    /// <summary>The evidence did not allow a finding.</summary>
    Inconclusive,
}

namespace CounselingRecords.Policies.Documents;

/// <summary>Which date a compliance document's 6-year retention runs from (R7.10).</summary>
public enum DocumentRetentionBasis
{
    /// <summary>From creation: it stopped being in effect no later than it was created.</summary>
    Creation,

    /// <summary>From when it was last in effect, which is later than its creation.</summary>
    LastInEffect,

    /// <summary>It is still in effect, so the retention period has not started.</summary>
    StillInEffect,
}

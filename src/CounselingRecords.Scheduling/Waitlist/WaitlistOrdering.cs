namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>How waiting clients are ordered for an offer (S7.2).</summary>
public enum WaitlistOrdering
{
    /// <summary>Earliest joined first.</summary>
    FirstCome,

    /// <summary>Highest priority tier first, then earliest joined.</summary>
    Priority,
}

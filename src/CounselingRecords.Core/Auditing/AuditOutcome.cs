namespace CounselingRecords.Auditing;

/// <summary>How the audited activity ended.</summary>
public enum AuditOutcome
{
    /// <summary>The activity was allowed and done.</summary>
    Succeeded,

    /// <summary>The activity was refused by an access rule.</summary>
    Denied,

    /// <summary>The activity was allowed but failed (for example a concurrency conflict).</summary>
    Failed,
}

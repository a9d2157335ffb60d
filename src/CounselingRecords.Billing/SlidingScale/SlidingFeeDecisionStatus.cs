namespace CounselingRecords.Billing.SlidingScale;

/// <summary>Whether a client's sliding-fee determination applies to a date of service.</summary>
public enum SlidingFeeDecisionStatus
{
    /// <summary>The client has no determination; the full fee applies.</summary>
    NoDetermination,

    /// <summary>The determination applies.</summary>
    Applies,

    /// <summary>The date of service is before the determination; the full fee applies.</summary>
    NotYetEffective,

    /// <summary>Re-verification was due before the date of service and the schedule stops the discount until it is done.</summary>
    ReverificationOverdue,

    /// <summary>Re-verification is overdue but the schedule keeps the discount; the statement says so.</summary>
    AppliesDespiteOverdueReverification,
}

namespace CounselingRecords.Policies.Cancellations;

/// <summary>What became of the fee in a cancellation decision.</summary>
public enum FeeOutcome
{
    /// <summary>No fee is due under the policy: an on-time or provider cancellation, or the policy sets no fee for this event.</summary>
    NoFee,

    /// <summary>A fee is charged to the client.</summary>
    Charged,

    /// <summary>A fee was assessed but waived (exception, intake session or first occurrence, R4.3).</summary>
    Waived,

    /// <summary>A fee was assessed but may not be charged because of the client's coverage (R4.5–R4.7).</summary>
    Exempt,

    /// <summary>A fee was assessed but the client had not accepted this policy version before the event (R4.8).</summary>
    NotAccepted,
}

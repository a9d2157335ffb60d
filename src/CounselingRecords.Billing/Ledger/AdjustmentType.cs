namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// Write-off and adjustment types as data (R6.9). A contractual adjustment reduces what the payer owes; every other
/// type reduces what the client owes. Adjustments posted from an ERA use claim adjustment group codes instead
/// (<see cref="ClaimAdjustmentGroup"/>).
/// </summary>
public enum AdjustmentType
{
    /// <summary>A contractual write-off posted by hand (group CO), never billed to the client.</summary>
    Contractual,

    /// <summary>The sliding-fee discount; statements show it as its own line (R5.1–R5.4).</summary>
    SlidingScaleDiscount,

    /// <summary>A courtesy discount.</summary>
    Courtesy,

    /// <summary>A small-balance write-off.</summary>
    SmallBalance,

    /// <summary>A bad-debt write-off.</summary>
    BadDebt,

    /// <summary>A settlement of a Good Faith Estimate dispute (R3.7).</summary>
    GoodFaithEstimateDisputeSettlement,

    /// <summary>Charity care.</summary>
    Charity,
}

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>How a sliding-fee tier prices a service (R5.4: a discount percentage or a fixed fee).</summary>
public enum SlidingFeeKind
{
    /// <summary>A percentage off the full fee (100 is a full discount).</summary>
    PercentDiscount,

    /// <summary>A fixed fee per visit in place of the full fee.</summary>
    FixedFee,

    /// <summary>
    /// HRSA's nominal charge at or below 100% FPG: a fixed amount per visit that is not a "minimum fee" or copay (R5.1).
    /// </summary>
    NominalCharge,

    /// <summary>No discount (above 200% FPG under the HRSA model).</summary>
    NoDiscount,
}

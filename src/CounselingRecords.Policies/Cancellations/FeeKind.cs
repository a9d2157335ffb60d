namespace CounselingRecords.Policies.Cancellations;

/// <summary>How a late-cancellation or no-show fee is priced (R4.2).</summary>
public enum FeeKind
{
    /// <summary>No fee.</summary>
    None,

    /// <summary>The full session fee.</summary>
    FullSessionFee,

    /// <summary>A percentage of the session fee (25 %, 50 % and 70 % are seen).</summary>
    PercentageOfSessionFee,

    /// <summary>A flat amount (for example 50 or 75 USD).</summary>
    FlatAmount,
}

namespace CounselingRecords.Billing.Statements;

/// <summary>The kinds of account activity a statement lists.</summary>
public enum StatementActivityKind
{
    /// <summary>A new charge.</summary>
    Charge,

    /// <summary>A sliding-fee discount.</summary>
    Discount,

    /// <summary>Another adjustment or write-off.</summary>
    Adjustment,

    /// <summary>An insurance payment and its write-offs.</summary>
    InsurancePayment,

    /// <summary>A client payment.</summary>
    ClientPayment,

    /// <summary>Credit applied to charges (no change to the account balance).</summary>
    CreditApplied,

    /// <summary>A refund to the client.</summary>
    Refund,

    /// <summary>A reversal of an earlier entry.</summary>
    Reversal,
}

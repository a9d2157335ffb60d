namespace CounselingRecords.Billing.Ledger;

/// <summary>How money moved.</summary>
public enum PaymentMethod
{
    /// <summary>Cash.</summary>
    Cash,

    /// <summary>Check.</summary>
    Check,

    /// <summary>Credit or debit card.</summary>
    Card,

    /// <summary>Bank transfer or ACH.</summary>
    BankTransfer,

    /// <summary>Electronic funds transfer from a payer.</summary>
    ElectronicFundsTransfer,

    /// <summary>Any other method.</summary>
    Other,

    /// <summary>Goods or services in place of money, valued at the amount posted; only with documented terms (R5.5–R5.10).</summary>
    Barter,
}

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
}

namespace CounselingRecords.Billing.Ledger;

/// <summary>The kinds of ledger entry. Entries are appended, never changed or deleted; a correction is a <see cref="Reversal"/> (R6.9).</summary>
public enum LedgerEntryKind
{
    /// <summary>A charge for a service or a fee.</summary>
    Charge,

    /// <summary>An adjustment of a charge (sliding-scale discount, contractual, courtesy, write-off, …; R6.9).</summary>
    Adjustment,

    /// <summary>A payment from the client (or guarantor).</summary>
    ClientPayment,

    /// <summary>A payer's payment and adjustments for one charge line, from an 835 ERA or EOB (R6.2).</summary>
    InsurancePayment,

    /// <summary>Unapplied credit applied to charges, with the client's consent (R6.4).</summary>
    CreditApplication,

    /// <summary>Unapplied credit refunded to the client (R6.4).</summary>
    Refund,

    /// <summary>The reversal of an earlier entry.</summary>
    Reversal,
}

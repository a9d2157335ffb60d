namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// The claim adjustment group codes of an 835 ERA (R6.2): what a payer's adjustment means for who owes the rest.
/// </summary>
public enum ClaimAdjustmentGroup
{
    /// <summary>PR, patient responsibility (PR-1 deductible, PR-2 coinsurance, PR-3 copay): moves to the client.</summary>
    PatientResponsibility,

    /// <summary>CO, contractual obligation (for example CO-45 charge exceeds fee schedule): written off, never billed to the client.</summary>
    ContractualObligation,

    /// <summary>OA, other adjustment: not billable to the client.</summary>
    OtherAdjustment,

    /// <summary>PI, payer-initiated reduction: not billable to the client.</summary>
    PayerInitiatedReduction,
}

namespace CounselingRecords.Billing.Ledger;

/// <summary>What a charge is for. Only services go on claims; missed-appointment fees never do (R4.4).</summary>
public enum ChargeKind
{
    /// <summary>A clinical service.</summary>
    Service,

    /// <summary>A no-show fee from the office policy: billed to the client only, never on a claim (R4.4).</summary>
    NoShowFee,

    /// <summary>A late-cancellation fee from the office policy: billed to the client only, never on a claim (R4.4).</summary>
    LateCancellationFee,

    /// <summary>An administrative fee (records copies, letters): billed to the client only.</summary>
    AdministrativeFee,
}

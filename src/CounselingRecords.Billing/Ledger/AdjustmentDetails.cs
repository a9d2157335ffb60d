using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>What an adjustment entry adjusts and why (R6.9).</summary>
/// <param name="Charge">The charge line adjusted.</param>
/// <param name="Type">The adjustment type.</param>
/// <param name="ReasonCode">The practice's reason code (or the CARC for a contractual adjustment).</param>
public sealed record AdjustmentDetails(ChargeId Charge, AdjustmentType Type, string ReasonCode)
{
    /// <summary>Gets the reason code.</summary>
    public string ReasonCode { get; init; } = !string.IsNullOrWhiteSpace(ReasonCode) ? ReasonCode : throw new ArgumentException("An adjustment carries a reason code (R6.9).", nameof(ReasonCode));

    /// <summary>Gets a value indicating whether the adjustment reduces the payer's share (contractual) rather than the client's.</summary>
    public bool ReducesPayerShare => Type == AdjustmentType.Contractual;
}

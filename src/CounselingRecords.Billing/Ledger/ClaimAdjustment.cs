using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>One adjustment of an ERA service line: group code, CARC reason code and amount (R6.2).</summary>
/// <param name="Group">The group code.</param>
/// <param name="ReasonCode">The claim adjustment reason code (CARC), for example <c>45</c> or <c>3</c>.</param>
/// <param name="Amount">The amount, positive.</param>
public sealed record ClaimAdjustment(ClaimAdjustmentGroup Group, string ReasonCode, Money Amount)
{
    /// <summary>Gets the two-letter group code: PR, CO, OA or PI.</summary>
    public string GroupCode => Group switch
    {
        ClaimAdjustmentGroup.PatientResponsibility => "PR",
        ClaimAdjustmentGroup.ContractualObligation => "CO",
        ClaimAdjustmentGroup.OtherAdjustment => "OA",
        _ => "PI",
    };

    /// <summary>Gets a value indicating whether the amount becomes the client's responsibility (PR only).</summary>
    public bool IsClientResponsibility => Group == ClaimAdjustmentGroup.PatientResponsibility;

    /// <summary>Formats as <c>CO-45 80.00 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{GroupCode}-{ReasonCode} {Amount}";

    /// <summary>Returns a plain-language name of common reason codes.</summary>
    /// <returns>The name, for example "deductible", or the group's meaning.</returns>
    public string Describe() => (Group, ReasonCode) switch
    {
        (ClaimAdjustmentGroup.PatientResponsibility, "1") => "deductible",
        (ClaimAdjustmentGroup.PatientResponsibility, "2") => "coinsurance",
        (ClaimAdjustmentGroup.PatientResponsibility, "3") => "copay",
        (ClaimAdjustmentGroup.PatientResponsibility, _) => "patient responsibility",
        (ClaimAdjustmentGroup.ContractualObligation, "45") => "charge exceeds the contracted fee schedule",
        (ClaimAdjustmentGroup.ContractualObligation, _) => "contractual adjustment",
        (ClaimAdjustmentGroup.OtherAdjustment, _) => "other payer adjustment",
        _ => "payer-initiated reduction",
    };
}

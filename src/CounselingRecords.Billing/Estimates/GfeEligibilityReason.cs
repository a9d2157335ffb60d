namespace CounselingRecords.Billing.Estimates;

/// <summary>Why a client is, or is not, owed a Good Faith Estimate (R3.1).</summary>
public enum GfeEligibilityReason
{
    /// <summary>Uninsured: no group health plan, individual or group coverage, FEHB or federal health care program. Owed.</summary>
    Uninsured,

    /// <summary>Self-pay: covered, but not seeking a claim for this service. Owed.</summary>
    SelfPay,

    /// <summary>Covered and a claim will be submitted. Not owed under 45 CFR 149.610.</summary>
    ClaimToCoverage,

    /// <summary>Enrolled in Medicare, Medicaid or another federal health care program; not owed even when paying privately.</summary>
    FederalProgramBeneficiary,
}

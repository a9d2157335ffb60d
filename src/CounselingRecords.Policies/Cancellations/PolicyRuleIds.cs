namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The rule ids cancellation decisions cite: the domain rules (R4.x) and the policy rules that have no
/// regulation behind them. Hosts may switch on them to translate or style explanations.
/// </summary>
public static class PolicyRuleIds
{
    /// <summary>R4.2: fee structures (full, percentage, flat) and absolute caps.</summary>
    public const string FeeStructures = "R4.2";

    /// <summary>R4.3: first-occurrence, intake and discretionary waivers.</summary>
    public const string Waivers = "R4.3";

    /// <summary>R4.4: a missed-appointment fee is billed to the client, never to insurance or on a claim.</summary>
    public const string NeverBilledToInsurance = "R4.4";

    /// <summary>R4.5: Medicare clients only under a policy applied equally to all.</summary>
    public const string Medicare = "R4.5";

    /// <summary>R4.6: no missed- or cancelled-appointment fee for Medicaid or dual-eligible members.</summary>
    public const string Medicaid = "R4.6";

    /// <summary>R4.7: in-network contracts that forbid the fee.</summary>
    public const string InNetworkContract = "R4.7";

    /// <summary>R4.8: disclosure before services and the cap at the session fee.</summary>
    public const string DisclosureAndCap = "R4.8";

    /// <summary>R4.9: notice is the elapsed time between receipt and start; at or after the start is a no-show.</summary>
    public const string Notice = "R4.9";

    /// <summary>R4.10 (a): deemed receipt at the next opening.</summary>
    public const string DeemedReceipt = "R4.10a";

    /// <summary>R4.10 (b): only office hours count.</summary>
    public const string OfficeHoursOnly = "R4.10b";

    /// <summary>R4.10 (c): business-day notice.</summary>
    public const string BusinessDays = "R4.10c";

    /// <summary>A clinician or practice cancellation is never charged.</summary>
    public const string ProviderInitiated = "policy.provider-initiated";

    /// <summary>A no-show never costs less than a late cancellation at the same moment would.</summary>
    public const string NoShowFloor = "policy.no-show-floor";

    /// <summary>The practice exempts a payer class from the fee.</summary>
    public const string PayerClassExempt = "policy.payer-class-exempt";

    /// <summary>An escalation after repeated late cancellations or no-shows.</summary>
    public const string Escalation = "policy.escalation";
}

namespace CounselingRecords.Policies.Documents;

/// <summary>The stable keys of the steps <see cref="ConsentChecks"/> lists (<see cref="AppliedRule.Key"/>).</summary>
public static class ConsentRuleKeys
{
    /// <summary>A required document was acknowledged.</summary>
    public const string Acknowledged = "consent.acknowledged";

    /// <summary>A required document was not acknowledged (or the acknowledgment was withdrawn or is of an older version).</summary>
    public const string NotAcknowledged = "consent.not_acknowledged";

    /// <summary>The practice has no document of a required kind in effect.</summary>
    public const string NoDocument = "consent.no_document";

    /// <summary>The cancellation-and-fees document is not required from a Medicaid member (R4.6).</summary>
    public const string MedicaidNotAsked = "consent.medicaid_not_asked";

    /// <summary>The client accepted the cancellation-policy version before the event.</summary>
    public const string FeeAccepted = "fee_agreement.accepted";

    /// <summary>The client had not accepted the cancellation-policy version before the event.</summary>
    public const string FeeNotAccepted = "fee_agreement.not_accepted";

    /// <summary>The decision charges no fee, so there is nothing to agree to.</summary>
    public const string NoFee = "fee_agreement.no_fee";
}

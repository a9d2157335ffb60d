namespace CounselingRecords.Policies.Cancellations;

/// <summary>The stable keys of the steps a cancellation decision can list (<see cref="AppliedRule.Key"/>).</summary>
public static class CancellationRuleKeys
{
    /// <summary>The clinician or practice cancelled.</summary>
    public const string ProviderCancellation = "classification.provider";

    /// <summary>Cancelled at or after the start, or no contact.</summary>
    public const string NoShow = "classification.no_show";

    /// <summary>Notice measured in clock hours.</summary>
    public const string NoticeElapsed = "notice.elapsed";

    /// <summary>Notice measured from deemed receipt.</summary>
    public const string NoticeDeemedReceipt = "notice.deemed_receipt";

    /// <summary>Notice measured in office hours only.</summary>
    public const string NoticeOfficeHours = "notice.office_hours";

    /// <summary>Notice measured in business days.</summary>
    public const string NoticeBusinessDays = "notice.business_days";

    /// <summary>The late-cancellation fee.</summary>
    public const string LateCancellationFee = "fee.late_cancellation";

    /// <summary>The no-show fee.</summary>
    public const string NoShowFee = "fee.no_show";

    /// <summary>The no-show fee raised to the late-cancellation fee.</summary>
    public const string NoShowFloor = "fee.no_show_floor";

    /// <summary>The fee capped at the session fee.</summary>
    public const string CapAtSessionFee = "fee.cap.session_fee";

    /// <summary>The fee capped at the absolute maximum.</summary>
    public const string CapAtMaximum = "fee.cap.maximum";

    /// <summary>No fee: Medicaid or dual-eligible.</summary>
    public const string Medicaid = "payer.medicaid";

    /// <summary>Medicaid is secondary and the state allows the fee.</summary>
    public const string MedicaidSecondaryAllowed = "payer.medicaid_secondary";

    /// <summary>No fee: the payer's contract forbids it.</summary>
    public const string Contract = "payer.contract";

    /// <summary>No fee: the practice exempts the payer class.</summary>
    public const string PayerClassExempt = "payer.class_exempt";

    /// <summary>No fee: Medicare and the policy is not applied equally to all.</summary>
    public const string MedicareNotUniversal = "payer.medicare_not_universal";

    /// <summary>Medicare client, fee allowed under a universal policy.</summary>
    public const string MedicareAllowed = "payer.medicare_allowed";

    /// <summary>No fee: the client had not accepted the policy version.</summary>
    public const string AcceptanceMissing = "acceptance.missing";

    /// <summary>The client had accepted the policy version.</summary>
    public const string AcceptanceFound = "acceptance.found";

    /// <summary>Waived by a discretionary exception.</summary>
    public const string ExceptionWaiver = "waiver.exception";

    /// <summary>Waived because it was the intake session.</summary>
    public const string IntakeWaiver = "waiver.intake";

    /// <summary>Waived as the first occurrence in the rolling period.</summary>
    public const string FirstOccurrenceWaiver = "waiver.first_occurrence";

    /// <summary>The first-occurrence waiver was already used in the period.</summary>
    public const string FirstOccurrenceUsed = "waiver.first_occurrence_used";

    /// <summary>The fee is billed to the client only.</summary>
    public const string ClientOnly = "billing.client_only";

    /// <summary>An escalation was triggered.</summary>
    public const string EscalationTriggered = "escalation.triggered";

    /// <summary>An escalation was not applied because of the client's coverage.</summary>
    public const string EscalationSuppressed = "escalation.suppressed";
}

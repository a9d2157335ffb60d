namespace CounselingRecords.Billing.Estimates;

/// <summary>How a Good Faith Estimate is delivered: in writing, on paper or electronically as the patient prefers (R3.5).</summary>
public enum GfeDeliveryMethod
{
    /// <summary>On paper.</summary>
    Paper,

    /// <summary>Electronically (email, portal).</summary>
    Electronic,

    /// <summary>Orally only; not enough: an oral explanation must be followed in writing.</summary>
    OralOnly,
}

namespace CounselingRecords.Policies.Documents;

/// <summary>The kinds of office-policy document a client acknowledges.</summary>
public enum PolicyDocumentKind
{
    /// <summary>Confidentiality and its limits (mandated reporting, danger to self or others, court orders).</summary>
    Confidentiality,

    /// <summary>The cancellation and missed-appointment policy and its fees (R4.8, R5.8). Names the cancellation-policy version it discloses.</summary>
    CancellationAndFees,

    /// <summary>How and when the practice communicates (messages, email, text, after-hours contact).</summary>
    Communication,

    /// <summary>Consent to telehealth sessions.</summary>
    TelehealthConsent,

    /// <summary>Financial responsibility: fees, insurance, denied claims, collections (R5.5–R5.9).</summary>
    FinancialResponsibility,
}

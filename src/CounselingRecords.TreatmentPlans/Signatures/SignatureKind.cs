namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>Whether a signer signed or refused.</summary>
public enum SignatureKind
{
    /// <summary>Signed (for the client: acknowledged the plan).</summary>
    Signed,

    /// <summary>The client or representative refused to sign; the clinician documents the refusal and its reason.</summary>
    Refused,
}

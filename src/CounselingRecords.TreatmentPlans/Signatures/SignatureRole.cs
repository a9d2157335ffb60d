namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>Who signs a plan version.</summary>
public enum SignatureRole
{
    /// <summary>The treating clinician who authored the version (required).</summary>
    Clinician,

    /// <summary>A supervising clinician (optional, or required when the version says so).</summary>
    Supervisor,

    /// <summary>The client, acknowledging the plan or refusing to sign.</summary>
    Client,

    /// <summary>The client's legal representative (a parent or guardian), acknowledging or refusing on the client's behalf.</summary>
    ClientRepresentative,
}

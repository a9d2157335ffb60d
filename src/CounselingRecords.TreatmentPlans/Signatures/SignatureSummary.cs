namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>
/// Where a version stands with its signatures: the clinician's, the client's acknowledgment or documented
/// refusal, and the supervisor's when required. Complete when all the needed ones are recorded.
/// </summary>
/// <param name="VersionNumber">The version.</param>
/// <param name="ClinicianSigned">Whether the clinician signed.</param>
/// <param name="Client">The client's acknowledgment.</param>
/// <param name="SupervisorRequired">Whether a supervisor signature is required.</param>
/// <param name="SupervisorSigned">Whether a supervisor signed.</param>
public sealed record SignatureSummary(int VersionNumber, bool ClinicianSigned, ClientAcknowledgment Client, bool SupervisorRequired, bool SupervisorSigned)
{
    /// <summary>Gets a value indicating whether every needed signature (or documented refusal) is recorded.</summary>
    public bool IsComplete => ClinicianSigned && Client != ClientAcknowledgment.Pending && (!SupervisorRequired || SupervisorSigned);
}

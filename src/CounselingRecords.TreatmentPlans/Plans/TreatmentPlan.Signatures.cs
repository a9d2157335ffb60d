using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Signatures;
using CounselingRecords.Validation;

namespace CounselingRecords.TreatmentPlans.Plans;

/// <content>Signatures per version.</content>
public sealed partial class TreatmentPlan
{
    /// <summary>
    /// Records a signature on the current version (R7.6): the clinician's first, then the client's acknowledgment
    /// or documented refusal and, when wanted or required, a supervisor's (another clinician). Each role signs a
    /// version once; superseded versions are not signed. The signature carries the SHA-256 of the version's
    /// canonical content (<see cref="ContentHashOf"/>).
    /// </summary>
    /// <param name="request">The signature.</param>
    /// <returns>
    /// The plan; or <see cref="CoreErrorCodes.ValidationFailed"/>, <see cref="TreatmentPlansErrorCodes.PlanClosed"/>,
    /// <see cref="TreatmentPlansErrorCodes.VersionNotFound"/>, <see cref="TreatmentPlansErrorCodes.SignatureVersionSuperseded"/>,
    /// <see cref="TreatmentPlansErrorCodes.SignatureBeforeVersion"/>, <see cref="TreatmentPlansErrorCodes.SignatureAlreadyRecorded"/>,
    /// <see cref="TreatmentPlansErrorCodes.SignatureClinicianFirst"/> or <see cref="TreatmentPlansErrorCodes.SignatureSupervisorIsAuthor"/>.
    /// </returns>
    public Result<TreatmentPlan> Sign(SignVersionRequest? request)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var valid = SignVersionRequestValidator.Instance.Check(request);
        if (valid.Failure)
        {
            return valid.ConvertError<TreatmentPlan>();
        }

        var input = valid.Value;
        var version = FindVersion(input.VersionNumber);
        if (version is null)
        {
            return new DomainError(TreatmentPlansErrorCodes.VersionNotFound, Internal.Inv($"Plan {Id} has no version {input.VersionNumber}."));
        }

        if (version.Number != CurrentVersion.Number)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.SignatureVersionSuperseded,
                Internal.Inv($"Version {version.Number} of plan {Id} was superseded by version {CurrentVersion.Number}; sign the current version."),
                "R7.6");
        }

        if (input.SignedAt < version.Revision.RecordedAt)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.SignatureBeforeVersion,
                Internal.Inv($"A signature of version {version.Number} of plan {Id} cannot predate the version."),
                "R7.6");
        }

        var isClient = input.Role is SignatureRole.Client or SignatureRole.ClientRepresentative;
        if (version.Signatures.Any(s => isClient ? s.IsClientOutcome : s.Role == input.Role))
        {
            return new DomainError(
                TreatmentPlansErrorCodes.SignatureAlreadyRecorded,
                Internal.Inv($"Version {version.Number} of plan {Id} already has the {(isClient ? "client's acknowledgment or refusal" : input.Role + " signature")}."),
                "R7.6");
        }

        var clinicianSignature = version.Signatures.FirstOrDefault(s => s.Role == SignatureRole.Clinician);
        if (input.Role != SignatureRole.Clinician && clinicianSignature is null)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.SignatureClinicianFirst,
                Internal.Inv($"The clinician signs version {version.Number} of plan {Id} before the client or a supervisor."),
                "R7.6");
        }

        if (input.Role == SignatureRole.Supervisor && clinicianSignature?.Clinician == input.Clinician)
        {
            return new DomainError(
                TreatmentPlansErrorCodes.SignatureSupervisorIsAuthor,
                Internal.Inv($"The supervisor of version {version.Number} of plan {Id} must be another clinician than the one who signed it."),
                "R7.6");
        }

        var signature = new PlanSignature(
            version.Number,
            input.Role,
            input.Kind,
            input.Clinician,
            input.SignerName,
            input.Credentials,
            input.SignedAt,
            PlanContentHash.Compute(Id, ClientId, version),
            input.RefusalReason,
            input.DocumentedBy);
        return With(versions: Versions.SetItem(version.Number - 1, version.WithSignature(signature)));
    }
}

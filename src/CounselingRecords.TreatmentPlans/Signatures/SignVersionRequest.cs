using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>A signature, client acknowledgment or documented refusal for a plan version, checked by <see cref="SignVersionRequestValidator"/>.</summary>
[ProtectedHealthInformation]
public sealed record SignVersionRequest
{
    /// <summary>Gets the version to sign (the plan's current version).</summary>
    public int VersionNumber { get; init; }

    /// <summary>Gets the signer's role.</summary>
    public SignatureRole Role { get; init; }

    /// <summary>Gets whether the signer signs or refuses.</summary>
    public SignatureKind Kind { get; init; }

    /// <summary>Gets the clinician, for the clinician and supervisor roles.</summary>
    public ClinicianId? Clinician { get; init; }

    /// <summary>Gets the client's or representative's name as signed.</summary>
    public string? SignerName { get; init; }

    /// <summary>Gets the clinician's credentials shown with the signature, for example <c>LPC</c>.</summary>
    public string? Credentials { get; init; }

    /// <summary>Gets when it is signed or refused.</summary>
    public Instant SignedAt { get; init; }

    /// <summary>Gets the documented reason, for a refusal.</summary>
    public string? RefusalReason { get; init; }

    /// <summary>Gets the clinician documenting a refusal.</summary>
    public ClinicianId? DocumentedBy { get; init; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"SignVersionRequest v{VersionNumber} {Role} {Kind}");
}

using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Signatures;

/// <summary>
/// A signature on one plan version (R7.6): who (role, clinician or signer name and credentials), when, and the
/// SHA-256 of the version's canonical content it signed, so a later change to the content is detectable. A
/// client's refusal is documented by a clinician with its reason instead of a signature.
/// </summary>
[ProtectedHealthInformation]
public sealed record PlanSignature
{
    /// <summary>Initializes a new instance of the <see cref="PlanSignature"/> class.</summary>
    /// <param name="versionNumber">The version signed.</param>
    /// <param name="role">The signer's role.</param>
    /// <param name="kind">Signed or refused.</param>
    /// <param name="clinician">The clinician, for the clinician and supervisor roles.</param>
    /// <param name="signerName">The client's or representative's name as signed, for those roles.</param>
    /// <param name="credentials">The clinician's credentials as shown with the signature, for example <c>LPC</c>.</param>
    /// <param name="signedAt">When it was signed or refused.</param>
    /// <param name="contentHash">The SHA-256 (64 lowercase hex digits) of the version's canonical content.</param>
    /// <param name="refusalReason">The documented reason, for a refusal.</param>
    /// <param name="documentedBy">The clinician who documented a refusal.</param>
    /// <exception cref="ArgumentException">The signature is not well formed for its role and kind.</exception>
    public PlanSignature(
        int versionNumber,
        SignatureRole role,
        SignatureKind kind,
        ClinicianId? clinician,
        string? signerName,
        string? credentials,
        Instant signedAt,
        string contentHash,
        string? refusalReason,
        ClinicianId? documentedBy)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(versionNumber);
        Internal.Defined(role, nameof(role));
        Internal.Defined(kind, nameof(kind));
        Internal.Required(contentHash, nameof(contentHash));
        if (contentHash.Length != 64 || !contentHash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("The content hash is 64 lowercase hexadecimal digits.", nameof(contentHash));
        }

        var clinicalRole = role is SignatureRole.Clinician or SignatureRole.Supervisor;
        if (clinicalRole && (clinician is not { } c || c.Value == Guid.Empty))
        {
            throw new ArgumentException("A clinician or supervisor signature names the clinician.", nameof(clinician));
        }

        if (clinicalRole && kind == SignatureKind.Refused)
        {
            throw new ArgumentException("Clinicians sign; only a client or representative refuses.", nameof(kind));
        }

        if (role == SignatureRole.ClientRepresentative && string.IsNullOrWhiteSpace(signerName))
        {
            throw new ArgumentException("A representative's signature or refusal names the representative.", nameof(signerName));
        }

        if (kind == SignatureKind.Refused && (string.IsNullOrWhiteSpace(refusalReason) || documentedBy is not { } d || d.Value == Guid.Empty))
        {
            throw new ArgumentException("A refusal is documented by a clinician with its reason.", nameof(refusalReason));
        }

        VersionNumber = versionNumber;
        Role = role;
        Kind = kind;
        Clinician = clinicalRole ? clinician : null;
        SignerName = string.IsNullOrWhiteSpace(signerName) ? null : signerName;
        Credentials = string.IsNullOrWhiteSpace(credentials) ? null : credentials;
        SignedAt = signedAt;
        ContentHash = contentHash;
        RefusalReason = kind == SignatureKind.Refused ? refusalReason : null;
        DocumentedBy = kind == SignatureKind.Refused ? documentedBy : null;
    }

    /// <summary>Gets the version signed.</summary>
    public int VersionNumber { get; }

    /// <summary>Gets the signer's role.</summary>
    public SignatureRole Role { get; }

    /// <summary>Gets whether the signer signed or refused.</summary>
    public SignatureKind Kind { get; }

    /// <summary>Gets the clinician, for the clinician and supervisor roles.</summary>
    public ClinicianId? Clinician { get; }

    /// <summary>Gets the client's or representative's name as signed.</summary>
    public string? SignerName { get; }

    /// <summary>Gets the clinician's credentials as shown with the signature.</summary>
    public string? Credentials { get; }

    /// <summary>Gets when it was signed or refused.</summary>
    public Instant SignedAt { get; }

    /// <summary>Gets the SHA-256 of the version's canonical content.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the documented reason of a refusal.</summary>
    public string? RefusalReason { get; }

    /// <summary>Gets the clinician who documented a refusal.</summary>
    public ClinicianId? DocumentedBy { get; }

    /// <summary>Gets a value indicating whether this is the client's (or representative's) outcome.</summary>
    public bool IsClientOutcome => Role is SignatureRole.Client or SignatureRole.ClientRepresentative;

    /// <inheritdoc />
    public override string ToString() =>
        Internal.Inv($"PlanSignature v{VersionNumber} {Role} {Kind}{(Clinician is { } c ? " " + c.ToString() : string.Empty)}");
}

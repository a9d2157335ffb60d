using CounselingRecords.Billing.Claims;
using CounselingRecords.Identity;
using CounselingRecords.Records.Signing;

namespace CounselingRecords.Practice.Clinicians;

/// <summary>
/// A clinician as the practice knows them. No area owns clinicians: records needs the name and credentials a
/// signature shows (R7.6) and who co-signs for a provisionally licensed clinician, billing needs whether the
/// clinician may bill E/M (prescribers only, R1.7) and the NPI and taxonomy claims name (R2.6, R2.9).
/// </summary>
public sealed class PracticeClinician
{
    /// <summary>Initializes a new instance of the <see cref="PracticeClinician"/> class.</summary>
    /// <param name="id">The clinician.</param>
    /// <param name="name">The name as signatures and claims show it.</param>
    /// <param name="credentials">The credentials, for example <c>LPC</c> or <c>LPC-Associate</c>.</param>
    /// <param name="mayBillEvaluationAndManagement">Whether the clinician is a prescriber whose profile allows E/M (R1.7); counselors, LPCs, LMFTs and LCSWs do not.</param>
    /// <param name="npi">The individual NPI (ten digits with a valid check digit), if the clinician has one.</param>
    /// <param name="taxonomyCode">The NUCC taxonomy code (R2.9), if known.</param>
    /// <param name="supervisorId">The supervising clinician of a provisionally licensed clinician, who co-signs their notes; otherwise <see langword="null"/>.</param>
    public PracticeClinician(
        ClinicianId id,
        string name,
        string credentials,
        bool mayBillEvaluationAndManagement,
        string? npi,
        string? taxonomyCode,
        ClinicianId? supervisorId)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("A clinician needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(credentials);
        if (npi is not null && !CounselingRecords.Billing.Claims.Npi.IsValid(npi))
        {
            throw new ArgumentException($"Clinician {id}: the NPI is not ten digits with a valid check digit.", nameof(npi));
        }

        if (taxonomyCode is not null && !TaxonomyCodes.IsWellFormed(taxonomyCode))
        {
            throw new ArgumentException($"Clinician {id}: the taxonomy code is not a well-formed NUCC code.", nameof(taxonomyCode));
        }

        if (supervisorId is { } supervisor && (supervisor.Value == Guid.Empty || supervisor == id))
        {
            throw new ArgumentException($"Clinician {id}: a supervisor is another clinician.", nameof(supervisorId));
        }

        Id = id;
        Name = name;
        Credentials = credentials;
        MayBillEvaluationAndManagement = mayBillEvaluationAndManagement;
        Npi = npi;
        TaxonomyCode = taxonomyCode;
        SupervisorId = supervisorId;
    }

    /// <summary>Gets the clinician.</summary>
    public ClinicianId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the credentials.</summary>
    public string Credentials { get; }

    /// <summary>Gets a value indicating whether the clinician may bill E/M (R1.7).</summary>
    public bool MayBillEvaluationAndManagement { get; }

    /// <summary>Gets the individual NPI, if any.</summary>
    public string? Npi { get; }

    /// <summary>Gets the taxonomy code, if known.</summary>
    public string? TaxonomyCode { get; }

    /// <summary>Gets the supervising clinician, if the clinician is supervised.</summary>
    public ClinicianId? SupervisorId { get; }

    /// <summary>Gets a value indicating whether the clinician's notes need a supervisor's co-signature.</summary>
    public bool RequiresCoSignature => SupervisorId is not null;

    /// <summary>Returns the identity the clinician signs with ("electronically signed by name, credentials", R7.6).</summary>
    /// <returns>The signer identity.</returns>
    public SignerIdentity ToSigner() => new(Id, Name, Credentials);

    /// <summary>Returns the rendering provider claims name (R2.5, R2.6), when the clinician has an NPI and a taxonomy code.</summary>
    /// <returns>The rendering provider, or <see langword="null"/> when the NPI or taxonomy is missing.</returns>
    public RenderingProvider? ToRenderingProvider() =>
        Npi is { } npi && TaxonomyCode is { } taxonomy ? new RenderingProvider($"{Name}, {Credentials}", npi, taxonomy) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Name}, {Credentials} ({Id})";
}

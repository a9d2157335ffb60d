using CounselingRecords.Identity;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// Who signs: the clinician, their name and their credentials as the electronic signature shows them
/// ("electronically signed by name, credentials, date/time", R7.6).
/// </summary>
public sealed class SignerIdentity
{
    /// <summary>Initializes a new instance of the <see cref="SignerIdentity"/> class.</summary>
    /// <param name="clinicianId">The signing clinician.</param>
    /// <param name="name">The name as it appears on the signature.</param>
    /// <param name="credentials">The credentials, for example <c>LPC</c> or <c>LPC-Associate</c>.</param>
    public SignerIdentity(ClinicianId clinicianId, string name, string credentials)
    {
        ClinicianId = clinicianId;
        Name = name;
        Credentials = credentials;
    }

    /// <summary>Gets the signing clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the name on the signature.</summary>
    public string Name { get; }

    /// <summary>Gets the credentials on the signature.</summary>
    public string Credentials { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}, {Credentials} ({ClinicianId})";
}

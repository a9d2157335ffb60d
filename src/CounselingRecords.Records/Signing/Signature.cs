using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Integrity;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// An electronic signature over a record (R7.6): the signer, their name and credentials, what the signature
/// means, the <see cref="Instant"/>, and the SHA-256 of the canonical signed content with the per-field hashes
/// it was computed from (ADR 0010). <see cref="SignatureHash"/> seals the signature's own fields, so a changed
/// signer, time or hash is detected as well as a changed record.
/// </summary>
public sealed class Signature
{
    /// <summary>The current canonical encoding of signatures.</summary>
    internal const int CurrentEncoding = 1;

    /// <summary>Initializes a new instance of the <see cref="Signature"/> class.</summary>
    /// <param name="record">The signed record.</param>
    /// <param name="signerId">The signing clinician.</param>
    /// <param name="signerName">The signer's name as shown.</param>
    /// <param name="credentials">The signer's credentials as shown.</param>
    /// <param name="meaning">What the signature attests to.</param>
    /// <param name="signedAt">When it was signed.</param>
    /// <param name="encoding">The canonical encoding version of the signed content.</param>
    /// <param name="contentHash">The SHA-256 of the signed content.</param>
    /// <param name="fields">The per-field hashes the content hash was computed from.</param>
    /// <param name="statement">The attestation statement, for an <see cref="SignatureMeaning.Attested"/> signature.</param>
    /// <param name="countersignedHash">For a co-signature, the <see cref="SignatureHash"/> of the author's signature.</param>
    /// <param name="signatureHash">The SHA-256 sealing this signature's fields.</param>
    public Signature(
        RecordReference record,
        ClinicianId signerId,
        string signerName,
        string credentials,
        SignatureMeaning meaning,
        Instant signedAt,
        int encoding,
        string contentHash,
        ImmutableArray<SignedField> fields,
        string? statement,
        string? countersignedHash,
        string signatureHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordType, nameof(record));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.RecordId, nameof(record));
        signerId.Require(nameof(signerId));
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(credentials);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(encoding);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(signatureHash);
        if (meaning == SignatureMeaning.Attested && string.IsNullOrWhiteSpace(statement))
        {
            throw new ArgumentException("An attestation carries its statement.", nameof(statement));
        }

        if (meaning == SignatureMeaning.CoSigned && string.IsNullOrWhiteSpace(countersignedHash))
        {
            throw new ArgumentException("A co-signature names the signature it countersigns.", nameof(countersignedHash));
        }

        var list = fields.IsDefault ? ImmutableArray<SignedField>.Empty : fields;
        if (list.Any(f => f is null))
        {
            throw new ArgumentException("Signed fields hold no null entry.", nameof(fields));
        }

        Record = record;
        SignerId = signerId;
        SignerName = signerName;
        Credentials = credentials;
        Meaning = meaning;
        SignedAt = signedAt;
        Encoding = encoding;
        ContentHash = contentHash;
        Fields = list;
        Statement = statement;
        CountersignedHash = countersignedHash;
        SignatureHash = signatureHash;
    }

    /// <summary>Gets the signed record.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the signing clinician.</summary>
    public ClinicianId SignerId { get; }

    /// <summary>Gets the signer's name.</summary>
    public string SignerName { get; }

    /// <summary>Gets the signer's credentials.</summary>
    public string Credentials { get; }

    /// <summary>Gets what the signature attests to.</summary>
    public SignatureMeaning Meaning { get; }

    /// <summary>Gets when it was signed.</summary>
    public Instant SignedAt { get; }

    /// <summary>Gets the canonical encoding version of the signed content.</summary>
    public int Encoding { get; }

    /// <summary>Gets the SHA-256 of the signed content.</summary>
    public string ContentHash { get; }

    /// <summary>Gets the per-field hashes.</summary>
    public ImmutableArray<SignedField> Fields { get; }

    /// <summary>Gets the attestation statement, if any.</summary>
    public string? Statement { get; }

    /// <summary>Gets the hash of the countersigned signature, for a co-signature.</summary>
    public string? CountersignedHash { get; }

    /// <summary>Gets the SHA-256 sealing this signature.</summary>
    public string SignatureHash { get; }

    /// <summary>Formats the signature line shown on the record: "Electronically signed by name, credentials on date time (zone)" (R7.6).</summary>
    /// <param name="zone">The zone to show the time in.</param>
    /// <returns>The line.</returns>
    public string Describe(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = SignedAt.InZone(zone);
        var when = string.Create(
            CultureInfo.InvariantCulture,
            $"{LocalDatePattern.Iso.Format(local.Date)} {local.TimeOfDay:HH':'mm} ({zone.Id})");
        var verb = Meaning switch
        {
            SignatureMeaning.CoSigned => "Electronically co-signed by",
            SignatureMeaning.Attested => "Attested and electronically signed by",
            _ => "Electronically signed by",
        };
        return $"{verb} {SignerName}, {Credentials} on {when}";
    }

    /// <summary>Returns the signature line in UTC.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Describe(DateTimeZone.Utc);

    internal static Signature Create(
        SignedContent content,
        SignerIdentity signer,
        SignatureMeaning meaning,
        Instant signedAt,
        string? statement,
        string? countersignedHash)
    {
        var contentHash = content.ComputeHash();
        var hash = ComputeSignatureHash(content.Record, signer.ClinicianId, signer.Name, signer.Credentials, meaning, signedAt, content.Encoding, contentHash, statement, countersignedHash);
        return new Signature(content.Record, signer.ClinicianId, signer.Name, signer.Credentials, meaning, signedAt, content.Encoding, contentHash, content.Fields, statement, countersignedHash, hash);
    }

    internal string RecomputeSignatureHash() =>
        ComputeSignatureHash(Record, SignerId, SignerName, Credentials, Meaning, SignedAt, Encoding, ContentHash, Statement, CountersignedHash);

    private static string ComputeSignatureHash(
        RecordReference record,
        ClinicianId signerId,
        string signerName,
        string credentials,
        SignatureMeaning meaning,
        Instant signedAt,
        int encoding,
        string contentHash,
        string? statement,
        string? countersignedHash) =>
        new CanonicalForm("Signature", CurrentEncoding)
            .Add("record.type", record.RecordType)
            .Add("record.id", record.RecordId)
            .Add("signer.id", signerId.ToString())
            .Add("signer.name", signerName)
            .Add("signer.credentials", credentials)
            .Add("meaning", meaning.ToString())
            .Add("signed_at", signedAt)
            .Add("content.encoding", encoding)
            .Add("content.hash", contentHash)
            .Add("statement", statement)
            .Add("countersigns", countersignedHash)
            .ComputeSha256();
}

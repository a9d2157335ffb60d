using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Records.Signing;
using NodaTime;

namespace CounselingRecords.Records.Amendments;

/// <summary>
/// An addendum appended to a signed record: clearly identified by kind, with its author, reason and
/// <see cref="Instant"/>, and signed by its author; the original record stays as signed (R7.7). Each addendum
/// names the content hash of the record it amends and the signature hash of what precedes it (the record's
/// last signature or the previous addendum), so a removed or reordered addendum breaks the chain.
/// </summary>
[ProtectedHealthInformation]
public sealed class Addendum
{
    internal const int Encoding = 1;

    /// <summary>Initializes a new instance of the <see cref="Addendum"/> class.</summary>
    /// <param name="id">The addendum id.</param>
    /// <param name="amends">The record it amends.</param>
    /// <param name="kind">What it is.</param>
    /// <param name="authorId">Who wrote it.</param>
    /// <param name="reason">Why.</param>
    /// <param name="text">The added text.</param>
    /// <param name="amendmentRequestId">The client request it fulfils, if any.</param>
    /// <param name="writtenAt">When it was written and signed.</param>
    /// <param name="amendedContentHash">The content hash of the record's signed content.</param>
    /// <param name="precedingHash">The signature hash of what precedes it in the chain.</param>
    /// <param name="signature">The author's signature over the addendum.</param>
    public Addendum(
        AddendumId id,
        RecordReference amends,
        AddendumKind kind,
        ClinicianId authorId,
        string reason,
        string text,
        AmendmentRequestId? amendmentRequestId,
        Instant writtenAt,
        string amendedContentHash,
        string precedingHash,
        Signature signature)
    {
        id.Require(nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(amends.RecordType, nameof(amends));
        ArgumentException.ThrowIfNullOrWhiteSpace(amends.RecordId, nameof(amends));
        authorId.Require(nameof(authorId));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(amendedContentHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(precedingHash);
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.SignerId != authorId || signature.Meaning != SignatureMeaning.Authored)
        {
            throw new ArgumentException($"Addendum {id} is signed by its author.", nameof(signature));
        }

        Id = id;
        Amends = amends;
        Kind = kind;
        AuthorId = authorId;
        Reason = reason;
        Text = text;
        AmendmentRequestId = amendmentRequestId;
        WrittenAt = writtenAt;
        AmendedContentHash = amendedContentHash;
        PrecedingHash = precedingHash;
        Signature = signature;
    }

    /// <summary>Gets the addendum id.</summary>
    public AddendumId Id { get; }

    /// <summary>Gets the record it amends.</summary>
    public RecordReference Amends { get; }

    /// <summary>Gets what it is.</summary>
    public AddendumKind Kind { get; }

    /// <summary>Gets who wrote it.</summary>
    public ClinicianId AuthorId { get; }

    /// <summary>Gets why it was added.</summary>
    public string Reason { get; }

    /// <summary>Gets the added text.</summary>
    public string Text { get; }

    /// <summary>Gets the client request it fulfils, if any.</summary>
    public AmendmentRequestId? AmendmentRequestId { get; }

    /// <summary>Gets when it was written and signed.</summary>
    public Instant WrittenAt { get; }

    /// <summary>Gets the content hash of the amended record's signed content.</summary>
    public string AmendedContentHash { get; }

    /// <summary>Gets the signature hash of what precedes it.</summary>
    public string PrecedingHash { get; }

    /// <summary>Gets the author's signature.</summary>
    public Signature Signature { get; }

    /// <summary>Returns the reference naming this addendum.</summary>
    /// <returns>The reference.</returns>
    public RecordReference ToReference() => RecordReference.For(RecordTypes.Addendum, Id);

    /// <summary>Returns the canonical signed content of this addendum as it is now.</summary>
    /// <returns>The content.</returns>
    public SignedContent ToSignedContent() =>
        Content(ToReference(), Amends, Kind, AuthorId, Reason, Text, AmendmentRequestId, WrittenAt, AmendedContentHash, PrecedingHash);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id} to {Amends} by {AuthorId}";

    internal static Addendum Create(
        AddendumId id,
        RecordReference amends,
        AddendumDraft draft,
        SignerIdentity author,
        Instant writtenAt,
        string amendedContentHash,
        string precedingHash)
    {
        var reference = RecordReference.For(RecordTypes.Addendum, id);
        var content = Content(reference, amends, draft.Kind, author.ClinicianId, draft.Reason!, draft.Text!, draft.AmendmentRequestId, writtenAt, amendedContentHash, precedingHash);
        var signature = Signature.Create(content, author, SignatureMeaning.Authored, writtenAt, null, null);
        return new Addendum(id, amends, draft.Kind, author.ClinicianId, draft.Reason!, draft.Text!, draft.AmendmentRequestId, writtenAt, amendedContentHash, precedingHash, signature);
    }

    private static SignedContent Content(
        RecordReference reference,
        RecordReference amends,
        AddendumKind kind,
        ClinicianId authorId,
        string reason,
        string text,
        AmendmentRequestId? amendmentRequestId,
        Instant writtenAt,
        string amendedContentHash,
        string precedingHash) =>
        new SignedContentBuilder(RecordTypes.Addendum, Encoding, reference)
            .Field(nameof(Amends), f => f.Add("type", amends.RecordType).Add("id", amends.RecordId))
            .Field(nameof(Kind), kind.ToString())
            .Field(nameof(AuthorId), authorId.ToString())
            .Field(nameof(Reason), reason)
            .Field(nameof(Text), text)
            .Field(nameof(AmendmentRequestId), amendmentRequestId?.ToString())
            .Field(nameof(WrittenAt), writtenAt)
            .Field(nameof(AmendedContentHash), amendedContentHash)
            .Field(nameof(PrecedingHash), precedingHash)
            .Build();
}

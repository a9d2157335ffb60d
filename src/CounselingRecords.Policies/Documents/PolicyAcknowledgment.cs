using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// A client's acknowledgment of one policy-document version: which document, kind and version, the hash of the
/// text they saw, the cancellation-policy version it discloses (for cancellation and fees), when, how and by
/// whom, who recorded it, and a withdrawal if there was one.
/// </summary>
[ProtectedHealthInformation]
public sealed record PolicyAcknowledgment
{
    /// <summary>Initializes a new instance of the <see cref="PolicyAcknowledgment"/> class.</summary>
    /// <param name="documentId">The document.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="documentVersion">The version acknowledged.</param>
    /// <param name="contentSha256">The hash of the text acknowledged.</param>
    /// <param name="terms">The cancellation-policy version the document discloses, if any.</param>
    /// <param name="acknowledgedAt">When.</param>
    /// <param name="method">How.</param>
    /// <param name="party">Who acknowledged for the client.</param>
    /// <param name="recordedBy">Who recorded it.</param>
    /// <param name="withdrawnAt">When it was withdrawn, if it was.</param>
    /// <param name="withdrawalRecordedBy">Who recorded the withdrawal.</param>
    public PolicyAcknowledgment(
        PolicyDocumentId documentId,
        PolicyDocumentKind kind,
        int documentVersion,
        string contentSha256,
        CancellationPolicyReference? terms,
        Instant acknowledgedAt,
        AcknowledgmentMethod method,
        AcknowledgingParty party,
        UserId recordedBy,
        Instant? withdrawnAt,
        UserId? withdrawalRecordedBy)
    {
        if (documentId.Value == Guid.Empty || recordedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("An acknowledgment names its document and who recorded it.", nameof(documentId));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(documentVersion, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentSha256);
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(method) || !Enum.IsDefined(party))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), "Unknown kind, method or party.");
        }

        if (withdrawnAt < acknowledgedAt || withdrawnAt.HasValue != withdrawalRecordedBy.HasValue)
        {
            throw new ArgumentException("A withdrawal follows the acknowledgment and names who recorded it.", nameof(withdrawnAt));
        }

        DocumentId = documentId;
        Kind = kind;
        DocumentVersion = documentVersion;
        ContentSha256 = contentSha256;
        Terms = terms;
        AcknowledgedAt = acknowledgedAt;
        Method = method;
        Party = party;
        RecordedBy = recordedBy;
        WithdrawnAt = withdrawnAt;
        WithdrawalRecordedBy = withdrawalRecordedBy;
    }

    /// <summary>Gets the document.</summary>
    public PolicyDocumentId DocumentId { get; }

    /// <summary>Gets the kind of document.</summary>
    public PolicyDocumentKind Kind { get; }

    /// <summary>Gets the version acknowledged.</summary>
    public int DocumentVersion { get; }

    /// <summary>Gets the hash of the text acknowledged.</summary>
    public string ContentSha256 { get; }

    /// <summary>Gets the cancellation-policy version the document discloses, if any.</summary>
    public CancellationPolicyReference? Terms { get; }

    /// <summary>Gets when it was acknowledged.</summary>
    public Instant AcknowledgedAt { get; }

    /// <summary>Gets how.</summary>
    public AcknowledgmentMethod Method { get; }

    /// <summary>Gets who acknowledged for the client.</summary>
    public AcknowledgingParty Party { get; }

    /// <summary>Gets who recorded it.</summary>
    public UserId RecordedBy { get; }

    /// <summary>Gets when it was withdrawn, if it was.</summary>
    public Instant? WithdrawnAt { get; }

    /// <summary>Gets who recorded the withdrawal.</summary>
    public UserId? WithdrawalRecordedBy { get; }

    /// <summary>Returns whether the acknowledgment was in force at <paramref name="instant"/>: given at or before it and not withdrawn by then.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool InForceAt(Instant instant) => AcknowledgedAt <= instant && (WithdrawnAt is not { } w || w > instant);

    /// <inheritdoc />
    public override string ToString() => $"PolicyAcknowledgment {DocumentId} v{DocumentVersion}{(WithdrawnAt is null ? string.Empty : " (withdrawn)")}";
}

using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Privacy;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// The policy documents one client has acknowledged, version by version, with withdrawals. It answers, through
/// <see cref="ConsentChecks"/>, whether the client may be seen and whether a cancellation fee may be charged,
/// and it yields the <see cref="PolicyAcceptance"/>s the cancellation engine reads.
/// </summary>
[ProtectedHealthInformation]
public sealed class ClientAcknowledgments : IAggregateRoot<ClientAcknowledgments>
{
    /// <summary>Initializes a new instance of the <see cref="ClientAcknowledgments"/> class (used by storage).</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="acknowledgments">The acknowledgments in the order recorded.</param>
    /// <param name="version">The storage version.</param>
    public ClientAcknowledgments(ClientId clientId, ImmutableArray<PolicyAcknowledgment> acknowledgments, long version)
    {
        if (clientId.Value == Guid.Empty)
        {
            throw new ArgumentException("Acknowledgments belong to a client.", nameof(clientId));
        }

        acknowledgments = acknowledgments.IsDefault ? [] : acknowledgments;
        if (acknowledgments.Any(a => a is null))
        {
            throw new ArgumentException("Acknowledgments cannot contain null entries.", nameof(acknowledgments));
        }

        if (acknowledgments.GroupBy(a => (a.DocumentId, a.DocumentVersion)).Any(g => g.Count(a => a.WithdrawnAt is null) > 1))
        {
            throw new ArgumentException("A document version has two acknowledgments in force.", nameof(acknowledgments));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        ClientId = clientId;
        Acknowledgments = acknowledgments;
        Version = version;
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }

    /// <summary>Gets the acknowledgments in the order recorded.</summary>
    public ImmutableArray<PolicyAcknowledgment> Acknowledgments { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => ClientId.ToString();

    /// <summary>Creates the empty record for a client.</summary>
    /// <param name="clientId">The client.</param>
    /// <returns>The record.</returns>
    public static ClientAcknowledgments For(ClientId clientId) => new(clientId, [], 0);

    /// <summary>
    /// Records that the client acknowledged a document version. Refused when the version does not exist, when the
    /// acknowledgment is dated before the version was published, when the same version is already acknowledged
    /// and in force, or when a Medicaid or dual-eligible client would be asked to accept liability for missed
    /// appointments (R4.6).
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="versionNumber">The version acknowledged.</param>
    /// <param name="at">When.</param>
    /// <param name="method">How.</param>
    /// <param name="party">Who acknowledged for the client.</param>
    /// <param name="recordedBy">Who records it.</param>
    /// <param name="currentPayerClass">The client's primary payer class now, when known; used for the Medicaid rule.</param>
    /// <returns>The updated record, or why it was refused.</returns>
    public Result<ClientAcknowledgments> Acknowledge(
        PolicyDocument document,
        int versionNumber,
        Instant at,
        AcknowledgmentMethod method,
        AcknowledgingParty party,
        UserId recordedBy,
        PayerClass? currentPayerClass = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var version = document.Find(versionNumber);
        if (version is null)
        {
            return new DomainError(PoliciesErrorCodes.DocumentUnknownVersion, $"Document {document.Id} has no version {versionNumber}.", target: document.Key);
        }

        if (at < version.PublishedAt)
        {
            return new DomainError(PoliciesErrorCodes.AcknowledgmentBeforePublication, $"Version {versionNumber} of document {document.Id} was not yet published at that time.", target: document.Key);
        }

        if (version.Terms is not null && currentPayerClass is PayerClass.Medicaid or PayerClass.DualEligible)
        {
            return new DomainError(
                PoliciesErrorCodes.AcknowledgmentMedicaidFeeAgreement,
                $"Client {ClientId} is covered by Medicaid and may not be asked to accept liability for missed appointments.",
                PolicyRuleIds.Medicaid,
                document.Key);
        }

        if (Acknowledgments.Any(a => a.DocumentId == document.Id && a.DocumentVersion == versionNumber && a.WithdrawnAt is null))
        {
            return new DomainError(PoliciesErrorCodes.AcknowledgmentDuplicate, $"Client {ClientId} already acknowledged version {versionNumber} of document {document.Id}.", target: document.Key);
        }

        var acknowledgment = new PolicyAcknowledgment(document.Id, document.Kind, versionNumber, version.ContentSha256, version.Terms, at, method, party, recordedBy, null, null);
        return new ClientAcknowledgments(ClientId, Acknowledgments.Add(acknowledgment), Version);
    }

    /// <summary>Records that the client withdrew an acknowledgment (for example telehealth consent, or acceptance of a fee policy).</summary>
    /// <param name="documentId">The document.</param>
    /// <param name="versionNumber">The version.</param>
    /// <param name="at">When.</param>
    /// <param name="recordedBy">Who records it.</param>
    /// <returns>The updated record, or why it was refused.</returns>
    public Result<ClientAcknowledgments> Withdraw(PolicyDocumentId documentId, int versionNumber, Instant at, UserId recordedBy)
    {
        var index = -1;
        for (var i = Acknowledgments.Length - 1; i >= 0; i--)
        {
            if (Acknowledgments[i].DocumentId == documentId && Acknowledgments[i].DocumentVersion == versionNumber)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return new DomainError(PoliciesErrorCodes.AcknowledgmentNotFound, $"Client {ClientId} has not acknowledged version {versionNumber} of document {documentId}.", target: documentId.ToString());
        }

        var current = Acknowledgments[index];
        if (current.WithdrawnAt is not null)
        {
            return new DomainError(PoliciesErrorCodes.AcknowledgmentAlreadyWithdrawn, $"The acknowledgment of version {versionNumber} of document {documentId} was already withdrawn.", target: documentId.ToString());
        }

        if (at < current.AcknowledgedAt)
        {
            return new DomainError(PoliciesErrorCodes.AcknowledgmentWithdrawnBeforeGiven, "A withdrawal cannot be dated before the acknowledgment.", target: documentId.ToString());
        }

        var withdrawn = new PolicyAcknowledgment(
            current.DocumentId,
            current.Kind,
            current.DocumentVersion,
            current.ContentSha256,
            current.Terms,
            current.AcknowledgedAt,
            current.Method,
            current.Party,
            current.RecordedBy,
            at,
            recordedBy);
        return new ClientAcknowledgments(ClientId, Acknowledgments.SetItem(index, withdrawn), Version);
    }

    /// <summary>Returns the cancellation-policy versions the client accepted through cancellation-and-fees documents, for <see cref="ClientHistory"/>.</summary>
    /// <returns>The acceptances.</returns>
    public ImmutableArray<PolicyAcceptance> PolicyAcceptances() =>
        Acknowledgments
            .Where(a => a.Terms is not null)
            .Select(a => new PolicyAcceptance(a.Terms!.Value, a.AcknowledgedAt, a.WithdrawnAt))
            .ToImmutableArray();

    /// <inheritdoc />
    public ClientAcknowledgments WithVersion(long version) => new(ClientId, Acknowledgments, version);

    /// <inheritdoc />
    public override string ToString() => $"ClientAcknowledgments {ClientId} ({Acknowledgments.Length} entries)";
}

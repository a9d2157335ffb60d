using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Integrity;
using CounselingRecords.Results;
using CounselingRecords.Storage;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// An office-policy document (confidentiality and its limits, cancellation and fees, communication, telehealth
/// consent, financial responsibility) with its published versions. Versions never change once published; each
/// takes effect at an instant not before its publication and after the previous version's. Clients acknowledge
/// a specific version (<see cref="ClientAcknowledgments"/>).
/// </summary>
public sealed class PolicyDocument : IAggregateRoot<PolicyDocument>
{
    /// <summary>Initializes a new instance of the <see cref="PolicyDocument"/> class (used by storage).</summary>
    /// <param name="id">The document.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">The title.</param>
    /// <param name="versions">The versions, numbered from 1 in order, taking effect strictly later each time.</param>
    /// <param name="version">The storage version.</param>
    public PolicyDocument(PolicyDocumentId id, PolicyDocumentKind kind, string title, ImmutableArray<PolicyDocumentVersion> versions, long version)
    {
        if (id.Value == Guid.Empty)
        {
            throw new ArgumentException("A policy document needs an id.", nameof(id));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        versions = versions.IsDefault ? [] : versions;
        if (versions.IsEmpty)
        {
            throw new ArgumentException("A policy document holds at least one version.", nameof(versions));
        }

        for (var i = 0; i < versions.Length; i++)
        {
            var v = versions[i] ?? throw new ArgumentException("Versions cannot contain null entries.", nameof(versions));
            if (v.Number != i + 1 || (i > 0 && v.EffectiveFrom <= versions[i - 1].EffectiveFrom)
                || (kind == PolicyDocumentKind.CancellationAndFees) != v.Terms.HasValue)
            {
                throw new ArgumentException($"Version {i + 1} of document {id} is out of sequence or inconsistent with its kind.", nameof(versions));
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(version);
        Id = id;
        Kind = kind;
        Title = title;
        Versions = versions;
        Version = version;
    }

    /// <summary>Gets the document.</summary>
    public PolicyDocumentId Id { get; }

    /// <summary>Gets the kind of document.</summary>
    public PolicyDocumentKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the published versions in order.</summary>
    public ImmutableArray<PolicyDocumentVersion> Versions { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => Id.ToString();

    /// <summary>Creates a document with its first version.</summary>
    /// <param name="id">The new document's id.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="title">The title.</param>
    /// <param name="first">The first version.</param>
    /// <param name="publishedAt">When it is published.</param>
    /// <param name="publishedBy">Who publishes it.</param>
    /// <returns>The document, or why it was refused.</returns>
    public static Result<PolicyDocument> Create(PolicyDocumentId id, PolicyDocumentKind kind, string title, PolicyDocumentDraft first, Instant publishedAt, UserId publishedBy)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
        {
            return new DomainError(PoliciesErrorCodes.DocumentTitleRequired, "A policy document needs a title of at most 200 characters.", target: nameof(title));
        }

        var version = MakeVersion(kind, 1, first, publishedAt, publishedBy);
        return version.Map(v => new PolicyDocument(id, kind, title, [v], 0));
    }

    /// <summary>Publishes a new version.</summary>
    /// <param name="draft">The new text, effective instant and (for cancellation and fees) the policy version disclosed.</param>
    /// <param name="publishedAt">When it is published.</param>
    /// <param name="publishedBy">Who publishes it.</param>
    /// <returns>The document with the new version, or why it was refused.</returns>
    public Result<PolicyDocument> Publish(PolicyDocumentDraft draft, Instant publishedAt, UserId publishedBy)
    {
        var made = MakeVersion(Kind, Versions.Length + 1, draft, publishedAt, publishedBy);
        if (made.Failure)
        {
            return made.ConvertError<PolicyDocument>();
        }

        if (made.Value.EffectiveFrom <= Latest().EffectiveFrom)
        {
            return new DomainError(
                PoliciesErrorCodes.DocumentEffectiveNotAfterPrevious,
                $"Version {made.Value.Number} of document {Id} must take effect after version {Latest().Number}.",
                target: Key);
        }

        return new PolicyDocument(Id, Kind, Title, Versions.Add(made.Value), Version);
    }

    /// <summary>Returns the latest version.</summary>
    /// <returns>The latest version.</returns>
    public PolicyDocumentVersion Latest() => Versions[^1];

    /// <summary>Returns the version with the given number, or <see langword="null"/>.</summary>
    /// <param name="number">The version number.</param>
    /// <returns>The version.</returns>
    public PolicyDocumentVersion? Find(int number) => number >= 1 && number <= Versions.Length ? Versions[number - 1] : null;

    /// <summary>Returns the version in effect at <paramref name="instant"/>: the latest that took effect at or before it.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The version, or <see cref="PoliciesErrorCodes.DocumentNoVersionInEffect"/>.</returns>
    public Result<PolicyDocumentVersion> InEffectAt(Instant instant)
    {
        for (var i = Versions.Length - 1; i >= 0; i--)
        {
            if (Versions[i].EffectiveFrom <= instant)
            {
                return Versions[i];
            }
        }

        return new DomainError(PoliciesErrorCodes.DocumentNoVersionInEffect, $"No version of document {Id} is in effect at {Describe.Iso(instant)}.", target: Key);
    }

    /// <summary>
    /// Returns how long a version must be kept (R7.10): 6 years from its publication or from when it was last in
    /// effect, whichever is later. A version is last in effect on the date (in <paramref name="zone"/>) the next
    /// version takes effect; the latest version is still in effect.
    /// </summary>
    /// <param name="number">The version number.</param>
    /// <param name="zone">The practice's time zone, for the dates.</param>
    /// <returns>The retention.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When the document has no such version.</exception>
    public DocumentRetention RetentionOf(int number, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var version = Find(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, $"Document {Id} has no version {number}.");
        var next = Find(number + 1);
        var created = version.PublishedAt.InZone(zone).Date;
        LocalDate? last = next is null ? null : next.EffectiveFrom.InZone(zone).Date;
        return DocumentRetention.Compute(created, last is { } l && l < created ? created : last);
    }

    /// <inheritdoc />
    public PolicyDocument WithVersion(long version) => new(Id, Kind, Title, Versions, version);

    /// <inheritdoc />
    public override string ToString() => $"PolicyDocument {Id} {Kind} ({Versions.Length} versions)";

    private static Result<PolicyDocumentVersion> MakeVersion(PolicyDocumentKind kind, int number, PolicyDocumentDraft draft, Instant publishedAt, UserId publishedBy)
    {
        var checkedDraft = new PolicyDocumentDraftValidator(kind).Check(draft);
        if (checkedDraft.Failure)
        {
            return checkedDraft.ConvertError<PolicyDocumentVersion>();
        }

        if (publishedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("A document version names who published it.", nameof(publishedBy));
        }

        if (draft.EffectiveFrom < publishedAt)
        {
            return new DomainError(
                PoliciesErrorCodes.DocumentEffectiveBeforePublication,
                $"Version {number} cannot take effect before it is published.",
                "R5.8",
                nameof(PolicyDocumentDraft.EffectiveFrom));
        }

        return new PolicyDocumentVersion(number, draft.Text, CanonicalForm.Sha256Hex(draft.Text), draft.EffectiveFrom, publishedAt, publishedBy, draft.Terms);
    }
}

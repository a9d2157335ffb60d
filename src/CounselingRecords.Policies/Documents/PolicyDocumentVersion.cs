using CounselingRecords.Identity;
using CounselingRecords.Integrity;
using CounselingRecords.Policies.Cancellations;
using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>
/// One published version of a policy document: its number, its text and the SHA-256 of that text (so an
/// acknowledgment proves which words the client saw), when it takes effect, who published it and when, and
/// for a cancellation-and-fees document the cancellation-policy version it discloses.
/// </summary>
public sealed record PolicyDocumentVersion
{
    /// <summary>Initializes a new instance of the <see cref="PolicyDocumentVersion"/> class.</summary>
    /// <param name="number">The version number, from 1.</param>
    /// <param name="text">The text shown to clients.</param>
    /// <param name="contentSha256">The SHA-256 of <paramref name="text"/> (UTF-8, 64 lowercase hex digits); checked.</param>
    /// <param name="effectiveFrom">When the version takes effect; not before <paramref name="publishedAt"/>.</param>
    /// <param name="publishedAt">When it was published.</param>
    /// <param name="publishedBy">Who published it.</param>
    /// <param name="terms">The cancellation-policy version a cancellation-and-fees document discloses.</param>
    public PolicyDocumentVersion(int number, string text, string contentSha256, Instant effectiveFrom, Instant publishedAt, UserId publishedBy, CancellationPolicyReference? terms)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentSha256);
        if (!string.Equals(contentSha256, CanonicalForm.Sha256Hex(text), StringComparison.Ordinal))
        {
            throw new ArgumentException($"The content hash of document version {number} does not match its text.", nameof(contentSha256));
        }

        if (effectiveFrom < publishedAt)
        {
            throw new ArgumentException("A document version cannot take effect before it is published.", nameof(effectiveFrom));
        }

        if (publishedBy.Value == Guid.Empty)
        {
            throw new ArgumentException("A document version names who published it.", nameof(publishedBy));
        }

        Number = number;
        Text = text;
        ContentSha256 = contentSha256;
        EffectiveFrom = effectiveFrom;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        Terms = terms;
    }

    /// <summary>Gets the version number.</summary>
    public int Number { get; }

    /// <summary>Gets the text shown to clients.</summary>
    public string Text { get; }

    /// <summary>Gets the SHA-256 of the text.</summary>
    public string ContentSha256 { get; }

    /// <summary>Gets when the version takes effect.</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>Gets when it was published.</summary>
    public Instant PublishedAt { get; }

    /// <summary>Gets who published it.</summary>
    public UserId PublishedBy { get; }

    /// <summary>Gets the cancellation-policy version disclosed, for a cancellation-and-fees document.</summary>
    public CancellationPolicyReference? Terms { get; }

    /// <inheritdoc />
    public override string ToString() => $"PolicyDocumentVersion {Number} (sha256 {ContentSha256[..12]}…)";
}

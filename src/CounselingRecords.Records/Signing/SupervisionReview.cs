using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using NodaTime;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// A supervisor's review of a document awaiting co-signature: who, when, the outcome, the comment, and the hash
/// of the author's signature that was reviewed (so a returned version stays identifiable after revision).
/// </summary>
[ProtectedHealthInformation]
public sealed class SupervisionReview
{
    /// <summary>Initializes a new instance of the <see cref="SupervisionReview"/> class.</summary>
    /// <param name="reviewerId">The supervising clinician.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="reviewedAt">When.</param>
    /// <param name="comment">The comment (required when returned for revision).</param>
    /// <param name="reviewedSignatureHash">The <see cref="Signature.SignatureHash"/> of the author's signature reviewed.</param>
    public SupervisionReview(ClinicianId reviewerId, ReviewOutcome outcome, Instant reviewedAt, string? comment, string reviewedSignatureHash)
    {
        reviewerId.Require(nameof(reviewerId));
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewedSignatureHash);
        if (outcome == ReviewOutcome.ReturnedForRevision && string.IsNullOrWhiteSpace(comment))
        {
            throw new ArgumentException("A return for revision carries the supervisor's comment.", nameof(comment));
        }

        ReviewerId = reviewerId;
        Outcome = outcome;
        ReviewedAt = reviewedAt;
        Comment = comment;
        ReviewedSignatureHash = reviewedSignatureHash;
    }

    /// <summary>Gets the supervising clinician.</summary>
    public ClinicianId ReviewerId { get; }

    /// <summary>Gets the outcome.</summary>
    public ReviewOutcome Outcome { get; }

    /// <summary>Gets when the review happened.</summary>
    public Instant ReviewedAt { get; }

    /// <summary>Gets the comment.</summary>
    public string? Comment { get; }

    /// <summary>Gets the hash of the author's signature reviewed.</summary>
    public string ReviewedSignatureHash { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Outcome} by {ReviewerId} at {ReviewedAt}";
}

using CounselingRecords.Identity;

namespace CounselingRecords.Policies.Documents;

/// <summary>A document a client still has to acknowledge before being seen, and why.</summary>
public sealed record MissingAcknowledgment
{
    /// <summary>Initializes a new instance of the <see cref="MissingAcknowledgment"/> class.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="documentId">The document, or <see langword="null"/> when the practice has none of that kind in effect.</param>
    /// <param name="requiredVersion">The lowest version that would do, when a document is in effect.</param>
    /// <param name="explanation">Why, in words.</param>
    public MissingAcknowledgment(PolicyDocumentKind kind, PolicyDocumentId? documentId, int? requiredVersion, string explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        Kind = kind;
        DocumentId = documentId;
        RequiredVersion = requiredVersion;
        Explanation = explanation;
    }

    /// <summary>Gets the kind of document.</summary>
    public PolicyDocumentKind Kind { get; }

    /// <summary>Gets the document, if one is in effect.</summary>
    public PolicyDocumentId? DocumentId { get; }

    /// <summary>Gets the lowest version that would do.</summary>
    public int? RequiredVersion { get; }

    /// <summary>Gets why, in words.</summary>
    public string Explanation { get; }
}

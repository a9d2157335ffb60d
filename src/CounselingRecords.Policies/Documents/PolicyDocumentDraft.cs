using CounselingRecords.Policies.Cancellations;
using NodaTime;

namespace CounselingRecords.Policies.Documents;

/// <summary>A document version to publish: its text, when it takes effect, and for a cancellation-and-fees document the policy version it discloses.</summary>
/// <param name="Text">The text shown to clients.</param>
/// <param name="EffectiveFrom">When it takes effect.</param>
/// <param name="Terms">The cancellation-policy version disclosed (cancellation-and-fees documents only).</param>
public sealed record PolicyDocumentDraft(string Text, Instant EffectiveFrom, CancellationPolicyReference? Terms = null)
{
    /// <inheritdoc />
    public override string ToString() => $"PolicyDocumentDraft ({Text?.Length ?? 0} characters)";
}

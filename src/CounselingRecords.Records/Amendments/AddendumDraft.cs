using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Amendments;

/// <summary>An addendum as written, before it is appended and signed.</summary>
[ProtectedHealthInformation]
public sealed class AddendumDraft
{
    /// <summary>Initializes a new instance of the <see cref="AddendumDraft"/> class.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="reason">Why it is added (R7.7: an addendum states its reason).</param>
    /// <param name="text">The added text.</param>
    /// <param name="amendmentRequestId">The accepted client request it fulfils, for <see cref="AddendumKind.Amendment"/>.</param>
    public AddendumDraft(AddendumKind kind, string? reason, string? text, AmendmentRequestId? amendmentRequestId = null)
    {
        Kind = kind;
        Reason = reason;
        Text = text;
        AmendmentRequestId = amendmentRequestId;
    }

    /// <summary>Gets what it is.</summary>
    public AddendumKind Kind { get; }

    /// <summary>Gets why it is added.</summary>
    public string? Reason { get; }

    /// <summary>Gets the added text.</summary>
    public string? Text { get; }

    /// <summary>Gets the client request it fulfils, if any.</summary>
    public AmendmentRequestId? AmendmentRequestId { get; }

    /// <inheritdoc />
    public override string ToString() => $"AddendumDraft ({Kind})";
}

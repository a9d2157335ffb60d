using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;

namespace CounselingRecords.Policies.Complaints;

/// <summary>A complaint as received: channel, category, who made it and about which client, whom it is against, what it says, and the records it concerns (an invoice, an appointment, a note).</summary>
/// <param name="Channel">How it arrived.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Complainant">Who made it.</param>
/// <param name="ClientId">The client it concerns, if any (required when the client or their guardian complains).</param>
/// <param name="Against">Whom it is against.</param>
/// <param name="Summary">What the complainant says.</param>
/// <param name="RelatedRecords">The records it concerns.</param>
[ProtectedHealthInformation]
public sealed record ComplaintDetails(
    ComplaintChannel Channel,
    ComplaintCategory Category,
    Complainant Complainant,
    ClientId? ClientId,
    ComplaintSubject Against,
    string Summary,
    ImmutableArray<RecordReference> RelatedRecords = default)
{
    /// <inheritdoc />
    public override string ToString() => $"ComplaintDetails ({Category}, {Channel}, client {ClientId})";
}

using NodaTime;

namespace CounselingRecords.Policies.Complaints;

/// <summary>
/// How long the practice gives itself, from receipt, to acknowledge a complaint, to resolve it and to send the
/// response. The deadlines are computed at receipt and kept on the complaint, so changing the targets later
/// does not move existing deadlines.
/// </summary>
/// <param name="AcknowledgeWithin">Time to acknowledge receipt.</param>
/// <param name="ResolveWithin">Time to record a finding.</param>
/// <param name="RespondWithin">Time to send the response.</param>
public sealed record ComplaintTargets(Duration AcknowledgeWithin, Duration ResolveWithin, Duration RespondWithin)
{
    /// <summary>Gets the defaults: acknowledge within 5 days, resolve and respond within 30 days of receipt.</summary>
    public static ComplaintTargets Default { get; } = new(Duration.FromDays(5), Duration.FromDays(30), Duration.FromDays(30));
}

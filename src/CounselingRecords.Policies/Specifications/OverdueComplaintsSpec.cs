using Ardalis.Specification;
using CounselingRecords.Policies.Complaints;
using NodaTime;

namespace CounselingRecords.Policies.Specifications;

/// <summary>
/// Complaints neither closed nor escalated with a missed deadline at <c>asOf</c>: not acknowledged by the
/// acknowledgment deadline, not resolved by the resolution deadline, or no response sent by the response
/// deadline. Earliest acknowledgment deadline first. <see cref="Complaint.OverdueAt"/> says which.
/// </summary>
public sealed class OverdueComplaintsSpec : Specification<Complaint>
{
    /// <summary>Initializes a new instance of the <see cref="OverdueComplaintsSpec"/> class.</summary>
    /// <param name="asOf">The instant to judge at.</param>
    public OverdueComplaintsSpec(Instant asOf)
    {
        Query.Where(c => c.ClosedAt == null && c.EscalatedAt == null
                && ((c.AcknowledgedAt == null && c.AcknowledgementDueAt < asOf)
                    || (c.ResolvedAt == null && c.ResolutionDueAt < asOf)
                    || (c.ResponseSentAt == null && c.ResponseDueAt < asOf)))
            .OrderBy(c => c.AcknowledgementDueAt);
    }
}

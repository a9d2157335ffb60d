using Ardalis.Specification;
using CounselingRecords.Identity;

namespace CounselingRecords.Practice.MissedAppointments.Specifications;

/// <summary>A client's recorded cancellation outcomes, oldest first: what the next decision's history is built from.</summary>
public sealed class CancellationOutcomesForClientSpec : Specification<CancellationOutcome>
{
    /// <summary>Initializes a new instance of the <see cref="CancellationOutcomesForClientSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    public CancellationOutcomesForClientSpec(ClientId clientId)
    {
        ClientId = clientId;
        Query.Where(o => o.ClientId == clientId).OrderBy(o => o.RecordedAt);
    }

    /// <summary>Gets the client.</summary>
    public ClientId ClientId { get; }
}

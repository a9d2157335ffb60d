using Ardalis.Specification;
using CounselingRecords.Identity;

namespace CounselingRecords.Testing.Conformance.Visits.Specifications;

/// <summary>A client's visits, by start then id.</summary>
public sealed class VisitsForClientSpec : Specification<ConformanceVisit>
{
    /// <summary>Initializes a new instance of the <see cref="VisitsForClientSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    public VisitsForClientSpec(ClientId clientId) =>
        Query.Where(v => v.ClientId == clientId).OrderBy(v => v.Start).ThenBy(v => v.Key);
}

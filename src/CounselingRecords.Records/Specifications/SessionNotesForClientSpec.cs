using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.Notes;
using NodaTime;

namespace CounselingRecords.Records.Specifications;

/// <summary>A client's session notes, optionally within dates of service, in session order.</summary>
public sealed class SessionNotesForClientSpec : Specification<SessionNote>
{
    /// <summary>Initializes a new instance of the <see cref="SessionNotesForClientSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="from">The first date of service, if limited.</param>
    /// <param name="to">The last date of service, if limited.</param>
    public SessionNotesForClientSpec(ClientId clientId, LocalDate? from = null, LocalDate? to = null)
    {
        Query.Where(n => n.ClientId == clientId);
        if (from is { } first)
        {
            Query.Where(n => n.DateOfService >= first);
        }

        if (to is { } last)
        {
            Query.Where(n => n.DateOfService <= last);
        }

        Query.OrderBy(n => n.StartedAt);
    }
}

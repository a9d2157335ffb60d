using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.Signing;
using NodaTime;

namespace CounselingRecords.Records.Specifications;

/// <summary>A client's final (signed or co-signed) session notes dated in a period: what a progress report and billing read.</summary>
public sealed class SignedSessionNotesInPeriodSpec : Specification<SessionNote>
{
    /// <summary>Initializes a new instance of the <see cref="SignedSessionNotesInPeriodSpec"/> class.</summary>
    /// <param name="clientId">The client.</param>
    /// <param name="from">The first date of service.</param>
    /// <param name="to">The last date of service.</param>
    public SignedSessionNotesInPeriodSpec(ClientId clientId, LocalDate from, LocalDate to)
    {
        Query.Where(n => n.ClientId == clientId && (n.Status == DocumentStatus.Signed || n.Status == DocumentStatus.CoSigned)
                && n.DateOfService >= from && n.DateOfService <= to)
            .OrderBy(n => n.StartedAt);
    }
}

using Ardalis.Specification;
using CounselingRecords.Scheduling.Waitlist;

namespace CounselingRecords.Scheduling.Specifications;

/// <summary>Waitlist entries that are waiting (to rank for a freed slot), earliest joined first.</summary>
public sealed class OpenWaitlistEntriesSpec : Specification<WaitlistEntry>
{
    /// <summary>Initializes a new instance of the <see cref="OpenWaitlistEntriesSpec"/> class.</summary>
    public OpenWaitlistEntriesSpec()
    {
        Query.Where(e => e.Status == WaitlistStatus.Waiting).OrderBy(e => e.JoinedAt);
    }
}

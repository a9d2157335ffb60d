using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>Ranks the waiting clients who match a freed slot (S7.1, S7.2).</summary>
public static class WaitlistMatcher
{
    /// <summary>
    /// Returns the open entries (waiting, not expired) whose preferences all hold for the slot, in offer order:
    /// first-come by joined instant, or by priority tier (highest first) then joined instant; ties by entry id.
    /// </summary>
    /// <param name="entries">The entries to consider.</param>
    /// <param name="slot">The freed slot.</param>
    /// <param name="ordering">The ordering.</param>
    /// <param name="now">The instant (for expiry).</param>
    /// <returns>The candidates, first to offer first.</returns>
    public static ImmutableArray<WaitlistCandidate> Rank(IEnumerable<WaitlistEntry> entries, FreedSlot slot, WaitlistOrdering ordering, Instant now)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(slot);
        var open = entries.Where(e => e.IsOpen(now) && e.Preferences.Mismatch(slot, e.ClientZone) is null);
        var ordered = ordering == WaitlistOrdering.Priority
            ? open.OrderByDescending(e => e.Priority).ThenBy(e => e.JoinedAt).ThenBy(e => e.Id.Value)
            : open.OrderBy(e => e.JoinedAt).ThenBy(e => e.Id.Value);
        return ordered
            .Select((e, i) => new WaitlistCandidate(
                e.Id,
                e.ClientId,
                i + 1,
                ordering == WaitlistOrdering.Priority
                    ? string.Format(CultureInfo.InvariantCulture, "Matches every preference (S7.1); priority tier {0}, joined {1} (S7.2, priority then first-come).", e.Priority, e.JoinedAt)
                    : string.Format(CultureInfo.InvariantCulture, "Matches every preference (S7.1); joined {0} (S7.2, first-come).", e.JoinedAt)))
            .ToImmutableArray();
    }
}

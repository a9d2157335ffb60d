using System.Collections.Immutable;

namespace CounselingRecords.Records.Clients;

/// <summary>
/// The allowed client status transitions, as data:
/// <list type="bullet">
/// <item>Prospective → Active (admitted), Prospective → Archived (never entered care).</item>
/// <item>Active → Inactive (a pause), Active → Discharged (care ended).</item>
/// <item>Inactive → Active (resumed), Inactive → Discharged, Inactive → Archived.</item>
/// <item>Discharged → Active (readmitted), Discharged → Archived.</item>
/// <item>Archived is final.</item>
/// </list>
/// </summary>
public static class ClientStatusTransitions
{
    private static readonly ImmutableDictionary<ClientStatus, ImmutableArray<ClientStatus>> Table = new Dictionary<ClientStatus, ImmutableArray<ClientStatus>>
    {
        [ClientStatus.Prospective] = [ClientStatus.Active, ClientStatus.Archived],
        [ClientStatus.Active] = [ClientStatus.Inactive, ClientStatus.Discharged],
        [ClientStatus.Inactive] = [ClientStatus.Active, ClientStatus.Discharged, ClientStatus.Archived],
        [ClientStatus.Discharged] = [ClientStatus.Active, ClientStatus.Archived],
        [ClientStatus.Archived] = [],
    }.ToImmutableDictionary();

    /// <summary>Returns the statuses reachable from <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The targets.</returns>
    public static ImmutableArray<ClientStatus> AllowedFrom(ClientStatus from) =>
        Table.TryGetValue(from, out var targets) ? targets : ImmutableArray<ClientStatus>.Empty;

    /// <summary>Returns whether <paramref name="from"/> → <paramref name="to"/> is allowed.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The target status.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public static bool IsAllowed(ClientStatus from, ClientStatus to) => AllowedFrom(from).Contains(to);
}

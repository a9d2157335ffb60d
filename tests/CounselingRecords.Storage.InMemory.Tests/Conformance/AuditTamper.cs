using System.Collections.Immutable;
using CounselingRecords.Auditing;

namespace CounselingRecords.Storage.InMemory.Tests.Conformance;

/// <summary>Edits of a chain that bypass the append-only API.</summary>
internal static class AuditTamper
{
    public static ChainedAuditEntry WithReason(ChainedAuditEntry chained, string reason)
    {
        var e = chained.Entry;
        var altered = new AuditEntry(e.Id, e.OccurredAt, e.ActorUserId, e.ActorRoles, e.Action, e.Category, e.Record, e.ClientId, e.Outcome, e.RuleId, reason, e.Source);
        return new ChainedAuditEntry(chained.Sequence, altered, chained.PreviousHash, chained.Hash);
    }

    public static ImmutableList<ChainedAuditEntry> Swap(ImmutableList<ChainedAuditEntry> chain, int a, int b)
    {
        var first = chain[a];
        var second = chain[b];
        return chain
            .SetItem(a, new ChainedAuditEntry(first.Sequence, second.Entry, second.PreviousHash, second.Hash))
            .SetItem(b, new ChainedAuditEntry(second.Sequence, first.Entry, first.PreviousHash, first.Hash));
    }
}

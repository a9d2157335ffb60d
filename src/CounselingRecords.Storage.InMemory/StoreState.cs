using System.Collections.Immutable;
using CounselingRecords.Auditing;

namespace CounselingRecords.Storage.InMemory;

/// <summary>
/// One immutable snapshot of everything an <see cref="InMemoryStore"/> holds. A write builds a new snapshot and
/// publishes it whole, which is what makes writes and units of work all-or-nothing and lets readers see a
/// consistent state without locks.
/// </summary>
internal sealed record StoreState(
    ImmutableDictionary<Type, ImmutableDictionary<string, StoredAggregate>> Collections,
    ImmutableDictionary<(Type Type, string Constraint), ImmutableDictionary<string, string>> Claims,
    ImmutableList<ChainedAuditEntry> Audit,
    long NextSequence)
{
    public static StoreState Empty { get; } = new(
        ImmutableDictionary<Type, ImmutableDictionary<string, StoredAggregate>>.Empty,
        ImmutableDictionary<(Type, string), ImmutableDictionary<string, string>>.Empty,
        ImmutableList<ChainedAuditEntry>.Empty,
        1);

    public ImmutableDictionary<string, StoredAggregate> Collection(Type type) =>
        Collections.GetValueOrDefault(type, ImmutableDictionary<string, StoredAggregate>.Empty.WithComparers(StringComparer.Ordinal));
}

/// <summary>A stored aggregate and the order it was first stored in (unordered queries return that order).</summary>
internal sealed record StoredAggregate(object Aggregate, long Sequence);

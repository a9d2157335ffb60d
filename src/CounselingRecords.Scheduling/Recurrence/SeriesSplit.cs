using System.Collections.Immutable;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>The outcome of a "this and all following" split (S5.6).</summary>
/// <param name="Original">The original series, now ending the day before the split occurrence, with its earlier exceptions untouched.</param>
/// <param name="Continuation">The new series from the split occurrence on.</param>
/// <param name="Carried">The exceptions at or after the split that the continuation keeps (same date, re-keyed to its time).</param>
/// <param name="Dropped">The exceptions at or after the split whose date the continuation no longer has.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SeriesSplit(
    RecurringSeries Original,
    RecurringSeries Continuation,
    ImmutableArray<OccurrenceException> Carried,
    ImmutableArray<OccurrenceException> Dropped)
{
    /// <inheritdoc />
    public override string ToString() => $"SeriesSplit {Original.Id} -> {Continuation.Id} ({Carried.Length} carried, {Dropped.Length} dropped)";
}

using CounselingRecords.Scheduling.Zones;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// One occurrence of a series as expansion returns it: its position in the series, its recurrence id (the
/// original local start), the local start it shows on the clock (the series' time of day, except after a gap
/// shift or a move), the resolved instants, how the local time was resolved (S1.3) and its plan state.
/// </summary>
/// <param name="Index">The 0-based position in the series, counting cancelled occurrences.</param>
/// <param name="OccurrenceId">The original local start (the recurrence id).</param>
/// <param name="LocalStart">The start on the clock of the series' zone.</param>
/// <param name="Start">The start instant.</param>
/// <param name="End">The end instant (start plus the series' duration, as elapsed time).</param>
/// <param name="Resolution">How the local start was resolved in the zone.</param>
/// <param name="State">Planned, moved or cancelled.</param>
public readonly record struct Occurrence(
    int Index,
    LocalDateTime OccurrenceId,
    LocalDateTime LocalStart,
    Instant Start,
    Instant End,
    LocalTimeResolution Resolution,
    OccurrenceState State);

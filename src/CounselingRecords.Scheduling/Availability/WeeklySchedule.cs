using System.Collections.Immutable;
using NodaTime;

namespace CounselingRecords.Scheduling.Availability;

/// <summary>A clinician's working blocks for a typical week, in force from a date and optionally until a date (S2.2).</summary>
public sealed class WeeklySchedule : IEquatable<WeeklySchedule>
{
    /// <summary>Initializes a new instance of the <see cref="WeeklySchedule"/> class.</summary>
    /// <param name="effectiveFrom">The first local date it applies to.</param>
    /// <param name="effectiveUntil">The last local date it applies to, or <see langword="null"/> when open-ended.</param>
    /// <param name="blocks">The working blocks.</param>
    public WeeklySchedule(LocalDate effectiveFrom, LocalDate? effectiveUntil, ImmutableArray<WorkingBlock> blocks)
    {
        if (effectiveUntil is { } until && until < effectiveFrom)
        {
            throw new ArgumentException("A schedule cannot end before it starts.", nameof(effectiveUntil));
        }

        blocks = blocks.IsDefault ? [] : blocks;
        if (blocks.Any(b => b is null))
        {
            throw new ArgumentException("A working block cannot be null.", nameof(blocks));
        }

        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Blocks = blocks.OrderBy(b => b.Day).ThenBy(b => b.Start).ToImmutableArray();
    }

    /// <summary>Gets the first local date it applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last local date it applies to, if any.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the working blocks, ordered by weekday and start.</summary>
    public ImmutableArray<WorkingBlock> Blocks { get; }

    /// <summary>Compares two schedules.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WeeklySchedule? left, WeeklySchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two schedules.</summary>
    /// <param name="left">The first schedule.</param>
    /// <param name="right">The second schedule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WeeklySchedule? left, WeeklySchedule? right) => !(left == right);

    /// <summary>Returns whether the schedule is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool AppliesOn(LocalDate date) => date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <inheritdoc />
    public bool Equals(WeeklySchedule? other) =>
        other is not null && EffectiveFrom == other.EffectiveFrom && EffectiveUntil == other.EffectiveUntil && Blocks.SequenceEqual(other.Blocks);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeeklySchedule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EffectiveFrom, EffectiveUntil, Blocks.Length);
}

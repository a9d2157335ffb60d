using NodaTime;
using NodaTime.TimeZones;

namespace CounselingRecords.Scheduling.Zones;

/// <summary>
/// The zone interval of the previous resolution, kept by a caller that resolves many local times in one zone in
/// order (see <see cref="ZoneResolver.Resolve(DateTimeZone, LocalDateTime, ref ZoneIntervalHint)"/>). A local time
/// more than a day inside the interval's local bounds maps to exactly one instant with the interval's offset, so
/// no zone look-up is needed.
/// </summary>
public readonly struct ZoneIntervalHint : IEquatable<ZoneIntervalHint>
{
    private readonly ZoneInterval? _interval;
    private readonly LocalDateTime _safeStart;
    private readonly LocalDateTime _safeEnd;
    private readonly bool _openStart;
    private readonly bool _openEnd;

    internal ZoneIntervalHint(ZoneInterval interval)
    {
        _interval = interval;
        _openStart = !interval.HasStart;
        _openEnd = !interval.HasEnd;
        _safeStart = _openStart ? default : interval.IsoLocalStart.PlusDays(1);
        _safeEnd = _openEnd ? default : interval.IsoLocalEnd.PlusDays(-1);
    }

    /// <summary>Gets a value indicating whether the hint holds an interval.</summary>
    public bool HasValue => _interval is not null;

    /// <summary>Compares two hints.</summary>
    /// <param name="left">The first hint.</param>
    /// <param name="right">The second hint.</param>
    /// <returns><see langword="true"/> when both hold the same interval.</returns>
    public static bool operator ==(ZoneIntervalHint left, ZoneIntervalHint right) => left.Equals(right);

    /// <summary>Compares two hints.</summary>
    /// <param name="left">The first hint.</param>
    /// <param name="right">The second hint.</param>
    /// <returns><see langword="true"/> when they hold different intervals.</returns>
    public static bool operator !=(ZoneIntervalHint left, ZoneIntervalHint right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ZoneIntervalHint other) => ReferenceEquals(_interval, other._interval) || (_interval is not null && _interval.Equals(other._interval));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ZoneIntervalHint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _interval?.GetHashCode() ?? 0;

    internal bool TryResolve(LocalDateTime local, out ResolvedLocalTime resolved)
    {
        if (_interval is null || (!_openStart && local < _safeStart) || (!_openEnd && local >= _safeEnd))
        {
            resolved = default;
            return false;
        }

        var offset = _interval.WallOffset;
        resolved = new ResolvedLocalTime(local, local.WithOffset(offset).ToInstant(), offset, LocalTimeResolution.Exact);
        return true;
    }
}

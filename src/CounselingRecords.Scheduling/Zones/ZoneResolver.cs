using NodaTime;
using NodaTime.TimeZones;

namespace CounselingRecords.Scheduling.Zones;

/// <summary>
/// Resolves local date-times in a zone by the documented rule S1.3 (ADR 0030): a time in a spring-forward gap is
/// shifted forward by the length of the gap, and a time in an autumn overlap takes the earlier instant. The
/// result equals NodaTime's <c>Resolvers.LenientResolver</c>, but the resolver does not allocate: it reads the
/// zone's cached <see cref="ZoneInterval"/>s and, through <see cref="ZoneIntervalHint"/>, reuses the last one
/// while a run of local times stays well inside it (recurrence expansion, availability).
/// </summary>
public static class ZoneResolver
{
    private static readonly Duration Margin = Duration.FromDays(1);

    /// <summary>Resolves <paramref name="local"/> in <paramref name="zone"/> by rule S1.3.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="local">The local date-time.</param>
    /// <returns>The resolution.</returns>
    public static ResolvedLocalTime Resolve(DateTimeZone zone, LocalDateTime local)
    {
        var hint = default(ZoneIntervalHint);
        return Resolve(zone, local, ref hint);
    }

    /// <summary>Resolves <paramref name="local"/> in <paramref name="zone"/> by rule S1.3, reusing and refreshing <paramref name="hint"/>.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="local">The local date-time.</param>
    /// <param name="hint">The zone interval of the previous resolution in the same zone (default when none).</param>
    /// <returns>The resolution.</returns>
    public static ResolvedLocalTime Resolve(DateTimeZone zone, LocalDateTime local, ref ZoneIntervalHint hint)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (hint.TryResolve(local, out var fast))
        {
            return fast;
        }

        // Every interval that could map this local time starts or ends within a day of it (offsets are under 18 hours).
        var guess = local.InUtc().ToInstant();
        var interval = zone.GetZoneInterval(guess - Margin);
        ZoneInterval? previous = null;
        ZoneInterval? first = null;
        ZoneInterval? second = null;
        ZoneInterval? beforeGap = null;
        while (true)
        {
            if (Matches(interval, local))
            {
                if (first is null)
                {
                    first = interval;
                }
                else
                {
                    second ??= interval;
                }
            }
            else if (previous is not null && beforeGap is null && previous.HasEnd && interval.HasStart
                && local >= previous.IsoLocalEnd && local < interval.IsoLocalStart)
            {
                beforeGap = previous;
            }

            if (!interval.HasEnd || interval.End > guess + Margin)
            {
                break;
            }

            previous = interval;
            interval = zone.GetZoneInterval(interval.End);
        }

        if (first is not null)
        {
            hint = new ZoneIntervalHint(first);
            var instant = local.WithOffset(first.WallOffset).ToInstant();
            return new ResolvedLocalTime(local, instant, first.WallOffset, second is null ? LocalTimeResolution.Exact : LocalTimeResolution.OverlapEarlier);
        }

        if (beforeGap is null)
        {
            throw new InvalidOperationException($"The zone {zone.Id} has no interval that maps the local time and no gap around it.");
        }

        // Gap: read the local time with the offset in force before the gap, which shifts it forward by the gap length.
        var shifted = local.WithOffset(beforeGap.WallOffset).ToInstant();
        var after = zone.GetZoneInterval(shifted);
        hint = new ZoneIntervalHint(after);
        return new ResolvedLocalTime(local, shifted, after.WallOffset, LocalTimeResolution.GapShiftedForward);
    }

    /// <summary>Converts a local interval to instants by rule S1.3 (start and end resolved independently).</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="start">The local start.</param>
    /// <param name="end">The local end.</param>
    /// <param name="hint">The hint to reuse and refresh.</param>
    /// <returns>The instant interval; empty (start = end) when the local interval collapses inside a gap.</returns>
    internal static (Instant Start, Instant End) ResolveRange(DateTimeZone zone, LocalDateTime start, LocalDateTime end, ref ZoneIntervalHint hint)
    {
        var s = Resolve(zone, start, ref hint).Instant;
        var e = Resolve(zone, end, ref hint).Instant;
        return (s, e < s ? s : e);
    }

    private static bool Matches(ZoneInterval interval, LocalDateTime local) =>
        (!interval.HasStart || interval.IsoLocalStart <= local) && (!interval.HasEnd || local < interval.IsoLocalEnd);
}

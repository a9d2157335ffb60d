using System.Collections.Immutable;
using CounselingRecords.Calendars;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Rules;
using CounselingRecords.Scheduling.Zones;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Scheduling.Availability;

/// <summary>
/// When a clinician can be booked: effective-dated weekly schedules of working blocks per location, dated
/// exceptions (time off, extra hours, holidays) and the clinician's booking rules. All local times are in
/// <see cref="Zone"/> (the clinician's working zone) and are resolved to instants by rule S1.3, so a 09:00–17:00
/// block stays 09:00–17:00 on the clock on both sides of a DST change (S2.1–S2.3).
/// </summary>
public sealed class ClinicianAvailability : IAggregateRoot<ClinicianAvailability>
{
    /// <summary>Initializes a new instance of the <see cref="ClinicianAvailability"/> class.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="zone">The zone the local times are in.</param>
    /// <param name="schedules">The effective-dated weekly schedules.</param>
    /// <param name="exceptions">The dated exceptions.</param>
    /// <param name="rules">The booking rules.</param>
    /// <param name="version">The stored version (0 when never saved).</param>
    public ClinicianAvailability(
        ClinicianId clinicianId,
        DateTimeZone zone,
        ImmutableArray<WeeklySchedule> schedules,
        ImmutableArray<AvailabilityException> exceptions,
        BookingRules rules,
        long version)
    {
        if (clinicianId.Value == Guid.Empty)
        {
            throw new ArgumentException("Availability needs a clinician id.", nameof(clinicianId));
        }

        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        schedules = schedules.IsDefault ? [] : schedules;
        exceptions = exceptions.IsDefault ? [] : exceptions;
        if (schedules.Any(s => s is null) || exceptions.Any(e => e is null))
        {
            throw new ArgumentException("Schedules and exceptions cannot contain null.", nameof(schedules));
        }

        ClinicianId = clinicianId;
        Zone = zone;
        Schedules = schedules.OrderBy(s => s.EffectiveFrom).ToImmutableArray();
        Exceptions = exceptions.OrderBy(e => e.Start).ToImmutableArray();
        Rules = rules;
        Version = version;
    }

    /// <summary>Gets the clinician.</summary>
    public ClinicianId ClinicianId { get; }

    /// <summary>Gets the zone the local times are in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the weekly schedules, ordered by the date they take effect.</summary>
    public ImmutableArray<WeeklySchedule> Schedules { get; }

    /// <summary>Gets the exceptions, ordered by start.</summary>
    public ImmutableArray<AvailabilityException> Exceptions { get; }

    /// <summary>Gets the booking rules.</summary>
    public BookingRules Rules { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public string Key => ClinicianId.ToString();

    /// <summary>Creates availability with one weekly schedule in force from <paramref name="effectiveFrom"/>.</summary>
    /// <param name="clinicianId">The clinician.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="effectiveFrom">The first date.</param>
    /// <param name="blocks">The working blocks.</param>
    /// <param name="rules">The booking rules (default <see cref="BookingRules.Unrestricted"/>).</param>
    /// <returns>The availability.</returns>
    public static ClinicianAvailability Weekly(ClinicianId clinicianId, DateTimeZone zone, LocalDate effectiveFrom, IEnumerable<WorkingBlock> blocks, BookingRules? rules = null) =>
        new(clinicianId, zone, [new WeeklySchedule(effectiveFrom, null, blocks.ToImmutableArray())], [], rules ?? BookingRules.Unrestricted, 0);

    /// <summary>Returns the schedule in force on <paramref name="date"/>: the one with the latest start on or before it that has not ended (S2.2).</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The schedule, or <see langword="null"/> when none is in force.</returns>
    public WeeklySchedule? ScheduleOn(LocalDate date)
    {
        for (var i = Schedules.Length - 1; i >= 0; i--)
        {
            if (Schedules[i].AppliesOn(date))
            {
                return Schedules[i];
            }
        }

        return null;
    }

    /// <summary>Returns the availability with a schedule added; from its start date it wins over earlier schedules (S2.2).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The new availability.</returns>
    public ClinicianAvailability WithSchedule(WeeklySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(ClinicianId, Zone, Schedules.RemoveAll(s => s.EffectiveFrom == schedule.EffectiveFrom).Add(schedule), Exceptions, Rules, Version);
    }

    /// <summary>Returns the availability with an exception added.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The new availability.</returns>
    public ClinicianAvailability WithException(AvailabilityException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(ClinicianId, Zone, Schedules, Exceptions.Add(exception), Rules, Version);
    }

    /// <summary>Returns the availability without an exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The new availability.</returns>
    public ClinicianAvailability WithoutException(AvailabilityException exception) =>
        new(ClinicianId, Zone, Schedules, Exceptions.Remove(exception), Rules, Version);

    /// <summary>Returns the availability with a holiday added for every holiday of <paramref name="holidays"/> between two dates.</summary>
    /// <param name="holidays">The holiday calendar (for example the practice's closures).</param>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    /// <returns>The new availability.</returns>
    public ClinicianAvailability WithHolidays(IHolidayCalendar holidays, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var builder = Exceptions.ToBuilder();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (holidays.TryGetHoliday(date, out var name))
            {
                var holiday = AvailabilityException.Holiday(date, name);
                if (!builder.Contains(holiday))
                {
                    builder.Add(holiday);
                }
            }
        }

        return new(ClinicianId, Zone, Schedules, builder.ToImmutable(), Rules, Version);
    }

    /// <summary>Returns the availability with other booking rules.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The new availability.</returns>
    public ClinicianAvailability WithRules(BookingRules rules) => new(ClinicianId, Zone, Schedules, Exceptions, rules, Version);

    /// <summary>
    /// Returns the availability in another zone: the same local blocks read in the new zone. Appointments already
    /// booked keep their own zone and instants (S1.2).
    /// </summary>
    /// <param name="zone">The new zone.</param>
    /// <returns>The new availability.</returns>
    public ClinicianAvailability WithZone(DateTimeZone zone) => new(ClinicianId, zone, Schedules, Exceptions, Rules, Version);

    /// <inheritdoc />
    public ClinicianAvailability WithVersion(long version) => new(ClinicianId, Zone, Schedules, Exceptions, Rules, version);

    /// <summary>
    /// Returns the bookable intervals between two instants for a session at <paramref name="location"/>: working
    /// blocks of the schedule in force on each local date, plus extra hours, minus time off and holidays, merged
    /// and ordered (S2.1–S2.3).
    /// </summary>
    /// <param name="from">The start of the window.</param>
    /// <param name="to">The end of the window.</param>
    /// <param name="location">The session's location, or <see langword="null"/> for a remote session.</param>
    /// <returns>Disjoint intervals inside [from, to), earliest first.</returns>
    public ImmutableArray<Interval> AvailableIntervals(Instant from, Instant to, LocationId? location)
    {
        if (to <= from)
        {
            return [];
        }

        var adds = new List<Interval>();
        var removes = new List<Interval>();
        var hint = default(ZoneIntervalHint);
        var firstDate = from.InZone(Zone).Date.PlusDays(-1);
        var lastDate = to.InZone(Zone).Date.PlusDays(1);
        for (var date = firstDate; date <= lastDate; date = date.PlusDays(1))
        {
            var schedule = ScheduleOn(date);
            if (schedule is null)
            {
                continue;
            }

            foreach (var block in schedule.Blocks)
            {
                if (block.Day == date.DayOfWeek && block.Serves(location))
                {
                    var (s, e) = ZoneResolver.ResolveRange(Zone, date + block.Start, date + block.End, ref hint);
                    adds.Add(new Interval(s, e));
                }
            }
        }

        var firstLocal = firstDate.AtMidnight();
        var lastLocal = lastDate.PlusDays(1).AtMidnight();
        foreach (var exception in Exceptions)
        {
            if (exception.End <= firstLocal || exception.Start >= lastLocal)
            {
                continue;
            }

            var (s, e) = ZoneResolver.ResolveRange(Zone, exception.Start, exception.End, ref hint);
            switch (exception.Kind)
            {
                case AvailabilityExceptionKind.ExtraHours when exception.Location is null || location is null || exception.Location == location:
                    adds.Add(new Interval(s, e));
                    break;
                case AvailabilityExceptionKind.TimeOff:
                case AvailabilityExceptionKind.Holiday:
                    removes.Add(new Interval(s, e));
                    break;
            }
        }

        IntervalMath.Normalize(adds);
        IntervalMath.Normalize(removes);
        return IntervalMath.Clip(IntervalMath.Subtract(adds, removes), from, to).ToImmutableArray();
    }

    /// <summary>Returns whether the whole of [start, end) is bookable for a session at <paramref name="location"/> (S2.4).</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <param name="location">The session's location, or <see langword="null"/> for a remote session.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(Instant start, Instant end, LocationId? location)
    {
        var intervals = AvailableIntervals(start, end, location);
        return intervals.Length == 1 && intervals[0].Start == start && intervals[0].End == end;
    }

    /// <inheritdoc />
    public override string ToString() => $"ClinicianAvailability {ClinicianId} ({Zone.Id}, {Schedules.Length} schedules, {Exceptions.Length} exceptions)";
}

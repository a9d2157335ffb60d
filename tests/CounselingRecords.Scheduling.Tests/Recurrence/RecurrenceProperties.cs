using System.Collections.Immutable;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Zones;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Recurrence;

public sealed class RecurrenceProperties
{
    [Property(Arbitrary = [typeof(SeriesArbitraries)], MaxTest = 200)]
    public bool Expand_EveryOccurrence_KeepsTheSeriesLocalTimeExceptTheGapRule(SeriesSample sample)
    {
        var series = sample.Series;
        // Moved occurrences are explicit exceptions (S5.5) and keep the time they were moved to.
        foreach (var o in series.ExpandAll().Where(o => o.State != OccurrenceState.Moved))
        {
            var shown = o.Start.InZone(series.Zone).LocalDateTime;
            var ok = o.Resolution switch
            {
                // S5.1 / S1.3: the series' wall-clock time, on the occurrence's own date…
                LocalTimeResolution.Exact or LocalTimeResolution.OverlapEarlier => o.LocalStart == o.OccurrenceId && o.LocalStart.TimeOfDay == series.TimeOfDay,

                // …except in a gap, where it is shifted forward by exactly the gap's length.
                _ => o.LocalStart > o.OccurrenceId
                    && o.Start == o.OccurrenceId.InZone(series.Zone, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant()
                    && (o.LocalStart - o.OccurrenceId).ToDuration() == GapLength(series.Zone, o.Start),
            };
            if (!ok || shown != o.LocalStart || o.End - o.Start != series.Duration)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)], MaxTest = 300)]
    public bool Expand_SplitWindows_ConcatenateToTheWholeWindow(SeriesSample sample, byte first, byte second, bool includeCancelled)
    {
        var series = sample.Series;
        var origin = series.StartDate.AtMidnight().InZoneLeniently(series.Zone).ToInstant() - Duration.FromDays(10);
        var a = origin + Duration.FromHours(first * 7);
        var b = a + Duration.FromHours(second * 11);
        var c = b + Duration.FromDays(second + 30);

        var whole = series.Expand(a, c, includeCancelled).ToArray();
        var parts = series.Expand(a, b, includeCancelled).Concat(series.Expand(b, c, includeCancelled)).ToArray();
        return whole.SequenceEqual(parts);
    }

    [Property(Arbitrary = [typeof(SeriesArbitraries)], MaxTest = 200)]
    public bool Expand_Window_EqualsTheFullExpansionFiltered(SeriesSample sample, byte offset, byte length)
    {
        var series = sample.Series;
        var from = series.StartDate.AtMidnight().InZoneLeniently(series.Zone).ToInstant() + Duration.FromDays(offset);
        var to = from + Duration.FromDays(length);
        var expected = series.ExpandAll(true).Where(o => o.Start >= from && o.Start < to).OrderBy(o => o.Start).ThenBy(o => o.Index);
        return series.Expand(from, to, true).SequenceEqual(expected);
    }

    private static Duration GapLength(DateTimeZone zone, Instant after)
    {
        var interval = zone.GetZoneInterval(after);
        var before = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
        return (interval.WallOffset - before.WallOffset).ToTimeSpan() is var span ? Duration.FromTimeSpan(span) : Duration.Zero;
    }

    public sealed record SeriesSample(RecurringSeries Series)
    {
        public override string ToString() => $"{Series.Rule} from {Series.StartDate} at {Series.TimeOfDay} {Series.Zone.Id}, {Series.Exceptions.Length} exception(s)";
    }

    public static class SeriesArbitraries
    {
        private static readonly DateTimeZone[] Zones = [Fixture.NewYork, Fixture.London, DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"]];

        public static Arbitrary<SeriesSample> Samples() =>
            (from zone in Gen.Elements(Zones)
             from startDay in Gen.Choose(0, 365 * 3)
             from minute in Gen.OneOf(Gen.Choose(0, 24 * 60 / 15 - 1).Select(q => q * 15), Gen.Choose(60, 180))
             from monthly in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
             from interval in Gen.Choose(1, 3)
             from dayMask in Gen.Choose(1, 127)
             from week in Gen.Elements(1, 2, 3, 4, 5, -1)
             from count in Gen.Choose(1, 80)
             from useUntil in Gen.Elements(false, true)
             from seed in Gen.Choose(0, int.MaxValue)
             select Build(zone, new LocalDate(2025, 1, 1).PlusDays(startDay), LocalTime.Midnight.PlusMinutes(minute), monthly, interval, dayMask, week, count, useUntil, seed)).ToArbitrary();

        private static SeriesSample Build(DateTimeZone zone, LocalDate start, LocalTime time, bool monthly, int interval, int dayMask, int week, int count, bool useUntil, int seed)
        {
            var days = Enumerable.Range(1, 7).Where(d => (dayMask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d).ToArray();
            var until = useUntil ? start.PlusDays(count * 3) : (LocalDate?)null;
            var rule = monthly
                ? RecurrenceRule.MonthlyOnWeekday(week, days[0], interval, useUntil ? null : count, until)
                : RecurrenceRule.Weekly(interval, useUntil ? null : count, until, days);
            var plain = SeriesFactory.Series(zone, start, time, rule);

            // Cancel or move a reproducible handful of occurrences.
            var random = new Random(seed);
            var exceptions = ImmutableArray.CreateBuilder<OccurrenceException>();
            foreach (var o in plain.ExpandAll())
            {
                var roll = random.Next(10);
                if (roll == 0)
                {
                    exceptions.Add(new OccurrenceException(o.OccurrenceId, OccurrenceExceptionKind.Cancelled, null, Fixture.Staff.UserId, Fixture.Now, null));
                }
                else if (roll == 1)
                {
                    var target = o.OccurrenceId.PlusDays(random.Next(-12, 13)).PlusMinutes(random.Next(-300, 300));
                    exceptions.Add(new OccurrenceException(o.OccurrenceId, OccurrenceExceptionKind.Moved, target, Fixture.Staff.UserId, Fixture.Now, null));
                }
            }

            return new SeriesSample(SeriesFactory.Series(zone, start, time, rule, exceptions.ToImmutable()));
        }
    }
}

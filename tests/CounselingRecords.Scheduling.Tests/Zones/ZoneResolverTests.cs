using CounselingRecords.Scheduling.Zones;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Zones;

public sealed class ZoneResolverTests
{
    // S1.3: a gap shifts forward by its length; an overlap takes the earlier instant (the offset before the change).
    [Theory]
    [InlineData("America/New_York", 2026, 3, 8, 2, 30, "2026-03-08T07:30:00Z", 3, 30, LocalTimeResolution.GapShiftedForward)]
    [InlineData("America/New_York", 2026, 11, 1, 1, 30, "2026-11-01T05:30:00Z", 1, 30, LocalTimeResolution.OverlapEarlier)]
    [InlineData("America/New_York", 2026, 3, 9, 10, 0, "2026-03-09T14:00:00Z", 10, 0, LocalTimeResolution.Exact)]
    [InlineData("Europe/London", 2026, 3, 29, 1, 30, "2026-03-29T01:30:00Z", 2, 30, LocalTimeResolution.GapShiftedForward)]
    [InlineData("Europe/London", 2026, 10, 25, 1, 30, "2026-10-25T00:30:00Z", 1, 30, LocalTimeResolution.OverlapEarlier)]
    [InlineData("Europe/London", 2026, 7, 1, 9, 0, "2026-07-01T08:00:00Z", 9, 0, LocalTimeResolution.Exact)]
    public void Resolve_DstEdges_FollowTheDocumentedRule(string zoneId, int y, int mo, int d, int h, int mi, string expectedUtc, int shownHour, int shownMinute, LocalTimeResolution expected)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var resolved = ZoneResolver.Resolve(zone, new LocalDateTime(y, mo, d, h, mi));

        Assert.Equal(NodaTime.Text.InstantPattern.General.Parse(expectedUtc).Value, resolved.Instant);
        Assert.Equal(new LocalTime(shownHour, shownMinute), resolved.Local.TimeOfDay);
        Assert.Equal(expected, resolved.Resolution);
    }

    [Property(Arbitrary = [typeof(LocalTimes)], MaxTest = 500)]
    public bool Resolve_AnyLocalTime_EqualsNodaTimeLenientResolver(ZonedLocal sample)
    {
        var zone = DateTimeZoneProviders.Tzdb[sample.ZoneId];
        var expected = zone.ResolveLocal(sample.Local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
        return ZoneResolver.Resolve(zone, sample.Local).Instant == expected;
    }

    [Property(Arbitrary = [typeof(LocalTimes)], MaxTest = 200)]
    public bool Resolve_WithHintFromEarlierRuns_EqualsWithout(ZonedLocal sample)
    {
        var zone = DateTimeZoneProviders.Tzdb[sample.ZoneId];
        var hint = default(ZoneIntervalHint);
        var ok = true;
        for (var i = 0; i < 60; i++)
        {
            var local = sample.Local.PlusDays(i * 3).PlusMinutes(i * 7);
            ok &= ZoneResolver.Resolve(zone, local, ref hint) == ZoneResolver.Resolve(zone, local);
        }

        return ok;
    }

    public sealed record ZonedLocal(string ZoneId, LocalDateTime Local);

    public static class LocalTimes
    {
        private static readonly string[] Zones = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "America/Los_Angeles", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Apia"];

        public static Arbitrary<ZonedLocal> Samples() =>
            (from zone in Gen.Elements(Zones)
             from day in Gen.Choose(0, 365 * 12)
             from minute in Gen.Choose(0, (24 * 60) - 1)
             select new ZonedLocal(zone, new LocalDate(2018, 1, 1).PlusDays(day).AtMidnight().PlusMinutes(minute))).ToArbitrary();
    }
}

using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Zones;
using CounselingRecords.Testing.Identity;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Recurrence;

public sealed class RecurringSeriesTests
{
    private static Instant Utc(int month, int day, int hour, int minute = 0) => Instant.FromUtc(2026, month, day, hour, minute);

    [Fact]
    public void Expand_WeeklyAcrossNewYorkSpringForward_KeepsTenOClockAndMovesTheUtcHour()
    {
        // S5.1: 10:00 EST is 15:00Z before 2026-03-08, 10:00 EDT is 14:00Z after.
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 4));

        var occurrences = series.ExpandAll().ToArray();

        Assert.Equal(new[] { Utc(3, 2, 15), Utc(3, 9, 14), Utc(3, 16, 14), Utc(3, 23, 14) }, occurrences.Select(o => o.Start).ToArray());
        Assert.All(occurrences, o => Assert.Equal(new LocalTime(10, 0), o.LocalStart.TimeOfDay));
        Assert.All(occurrences, o => Assert.Equal(Duration.FromMinutes(50), o.End - o.Start));
    }

    [Fact]
    public void Expand_WeeklyAcrossNewYorkFallBack_KeepsTenOClock()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 10, 26), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 2));

        Assert.Equal(new[] { Utc(10, 26, 14), Utc(11, 2, 15) }, series.ExpandAll().Select(o => o.Start).ToArray());
    }

    [Fact]
    public void Expand_SundayTwoThirtyInNewYorkGap_ShiftsForwardByTheGapOnlyThatDay()
    {
        // S1.3: 02:30 does not exist on 2026-03-08; it is shifted forward by the one-hour gap to 03:30 EDT.
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 1), new LocalTime(2, 30), RecurrenceRule.Weekly(count: 3));

        var occurrences = series.ExpandAll().ToArray();

        Assert.Equal(new[] { Utc(3, 1, 7, 30), Utc(3, 8, 7, 30), Utc(3, 15, 6, 30) }, occurrences.Select(o => o.Start).ToArray());
        Assert.Equal(new[] { LocalTimeResolution.Exact, LocalTimeResolution.GapShiftedForward, LocalTimeResolution.Exact }, occurrences.Select(o => o.Resolution).ToArray());
        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 30), occurrences[1].LocalStart);
        Assert.Equal(new LocalDateTime(2026, 3, 8, 2, 30), occurrences[1].OccurrenceId);
    }

    [Fact]
    public void Expand_SundayOneThirtyInLondonOverlap_TakesTheEarlierInstant()
    {
        var series = SeriesFactory.Series(Fixture.London, new LocalDate(2026, 10, 18), new LocalTime(1, 30), RecurrenceRule.Weekly(count: 3));

        var occurrences = series.ExpandAll().ToArray();

        // 01:30 BST (00:30Z), the ambiguous 01:30 taken as BST (00:30Z), then 01:30 GMT (01:30Z).
        Assert.Equal(new[] { Utc(10, 18, 0, 30), Utc(10, 25, 0, 30), Utc(11, 1, 1, 30) }, occurrences.Select(o => o.Start).ToArray());
        Assert.Equal(LocalTimeResolution.OverlapEarlier, occurrences[1].Resolution);
        Assert.All(occurrences, o => Assert.Equal(new LocalTime(1, 30), o.LocalStart.TimeOfDay));
    }

    [Fact]
    public void Expand_LondonSpringForward_KeepsNineOClock()
    {
        var series = SeriesFactory.Series(Fixture.London, new LocalDate(2026, 3, 23), new LocalTime(9, 0), RecurrenceRule.Weekly(count: 2));

        Assert.Equal(new[] { Utc(3, 23, 9), Utc(3, 30, 8) }, series.ExpandAll().Select(o => o.Start).ToArray());
    }

    [Fact]
    public void Expand_EveryTwoWeeksOnMondayAndThursday_SkipsDaysBeforeTheStart()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 4), new LocalTime(10, 0),
            RecurrenceRule.Weekly(interval: 2, count: 5, days: [IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday]));

        Assert.Equal(
            new[] { new LocalDate(2026, 3, 5), new LocalDate(2026, 3, 16), new LocalDate(2026, 3, 19), new LocalDate(2026, 3, 30), new LocalDate(2026, 4, 2) },
            series.ExpandAll().Select(o => o.LocalStart.Date).ToArray());
    }

    [Fact]
    public void Expand_MonthlyLastFriday_FindsTheLastFridayOfEachMonth()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 1, 1), new LocalTime(16, 0), RecurrenceRule.MonthlyOnWeekday(-1, IsoDayOfWeek.Friday, count: 3));

        Assert.Equal(new[] { new LocalDate(2026, 1, 30), new LocalDate(2026, 2, 27), new LocalDate(2026, 3, 27) }, series.ExpandAll().Select(o => o.LocalStart.Date).ToArray());
    }

    [Fact]
    public void Expand_MonthlyFifthMonday_SkipsMonthsWithoutOne()
    {
        // S5.2: only March, June and August 2026 have a fifth Monday.
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 1, 1), new LocalTime(16, 0), RecurrenceRule.MonthlyOnWeekday(5, IsoDayOfWeek.Monday, count: 3));

        Assert.Equal(new[] { new LocalDate(2026, 3, 30), new LocalDate(2026, 6, 29), new LocalDate(2026, 8, 31) }, series.ExpandAll().Select(o => o.LocalStart.Date).ToArray());
    }

    [Fact]
    public void Expand_UntilDate_IncludesTheUntilDate()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(until: new LocalDate(2026, 3, 16)));

        Assert.Equal(3, series.OccurrenceCount);
        Assert.Equal(Utc(3, 16, 14), series.LastOccurrenceStart);
    }

    [Fact]
    public void CancelAndMove_OneOccurrenceEach_OthersUnchangedAndCountKept()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 4));
        var changed = series.CancelOccurrence(Fixture.At(3, 9, 10), Fixture.Staff, Fixture.Now).Value
            .MoveOccurrence(Fixture.At(3, 16, 10), Fixture.At(3, 18, 15), Fixture.Staff, Fixture.Now).Value;

        var all = changed.ExpandAll(includeCancelled: true).ToArray();

        Assert.Equal(4, changed.OccurrenceCount);
        Assert.Equal(
            new[] { OccurrenceState.Planned, OccurrenceState.Cancelled, OccurrenceState.Moved, OccurrenceState.Planned },
            all.Select(o => o.State).ToArray());
        Assert.Equal(Fixture.At(3, 18, 15), all[2].LocalStart);
        Assert.Equal(3, changed.ExpandAll().Count());
    }

    [Fact]
    public void CancelOccurrence_Started_IsRefused()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 4));

        var result = series.CancelOccurrence(Fixture.At(3, 2, 10), Fixture.Staff, Utc(3, 2, 15, 5));

        Assert.Equal(SchedulingErrorCodes.OccurrenceInPast, result.Error.Code);
        Assert.Equal(SchedulingErrorCodes.OccurrenceNotFound, series.CancelOccurrence(Fixture.At(3, 3, 10), Fixture.Staff, Fixture.Now).Error.Code);
    }

    [Fact]
    public void SplitAt_ThisAndFollowingAtElevenOClock_KeepsEarlierOccurrencesAndCarriesSameDateCancellations()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 10))
            .CancelOccurrence(Fixture.At(3, 30, 10), Fixture.Staff, Fixture.Now).Value;
        var before = series.ExpandAll().Take(3).ToArray();

        var split = series.SplitAt(Fixture.At(3, 23, 10), new SeriesChange(TimeOfDay: new LocalTime(11, 0)), TestIds.Numbered<SeriesId>(2), Fixture.Staff, Fixture.Now).Value;

        Assert.Equal(before, split.Original.ExpandAll().ToArray());
        Assert.Equal(split.Continuation.Id, split.Original.ContinuedBy);
        Assert.Equal(series.Id, split.Continuation.SplitFrom);
        Assert.Equal(7, split.Continuation.OccurrenceCount);
        Assert.Equal(new LocalDate(2026, 5, 4), split.Continuation.ExpandAll(true).Last().LocalStart.Date);
        Assert.All(split.Continuation.ExpandAll(), o => Assert.Equal(new LocalTime(11, 0), o.LocalStart.TimeOfDay));
        var carried = Assert.Single(split.Carried);
        Assert.Equal(Fixture.At(3, 30, 11), carried.OccurrenceId);
        Assert.Empty(split.Dropped);
        Assert.Equal(OccurrenceState.Cancelled, split.Continuation.FindOccurrence(Fixture.At(3, 30, 11))!.Value.State);
    }

    [Fact]
    public void SplitAt_MovingToTuesdays_DropsMondayExceptions()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 10))
            .CancelOccurrence(Fixture.At(3, 30, 10), Fixture.Staff, Fixture.Now).Value;

        var split = series.SplitAt(Fixture.At(3, 23, 10), new SeriesChange(Rule: RecurrenceRule.Weekly(count: 7, days: [IsoDayOfWeek.Tuesday])), TestIds.Numbered<SeriesId>(2), Fixture.Staff, Fixture.Now).Value;

        Assert.Empty(split.Carried);
        Assert.Equal(Fixture.At(3, 30, 10), Assert.Single(split.Dropped).OccurrenceId);
        Assert.Equal(new LocalDate(2026, 3, 24), split.Continuation.ExpandAll().First().LocalStart.Date);
    }

    [Fact]
    public void SplitAt_StartedOccurrence_IsRefused()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 10));

        var result = series.SplitAt(Fixture.At(3, 9, 10), SeriesChange.None, TestIds.Numbered<SeriesId>(2), Fixture.Staff, Utc(3, 9, 14, 30));

        Assert.Equal(SchedulingErrorCodes.SplitInPast, result.Error.Code);
    }

    [Fact]
    public void EndBefore_FutureOccurrence_ShortensTheSeries()
    {
        var series = SeriesFactory.Series(Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 10));

        var ended = series.EndBefore(Fixture.At(3, 16, 10), Fixture.Staff, Fixture.Now).Value;

        Assert.Equal(2, ended.OccurrenceCount);
        Assert.Null(ended.ContinuedBy);
    }

    [Fact]
    public void Constructor_ExceptionNotOnTheRule_Throws() =>
        Assert.Throws<ArgumentException>(() => SeriesFactory.Series(
            Fixture.NewYork, new LocalDate(2026, 3, 2), new LocalTime(10, 0), RecurrenceRule.Weekly(count: 3),
            [new OccurrenceException(Fixture.At(3, 3, 10), OccurrenceExceptionKind.Cancelled, null, Fixture.Staff.UserId, Fixture.Now, null)]));

    [Fact]
    public void ToRRule_WeeklyAndMonthly_FollowRfc5545()
    {
        Assert.Equal("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10", RecurrenceRule.Weekly(2, count: 10, days: [IsoDayOfWeek.Thursday, IsoDayOfWeek.Monday]).ToRRule());
        Assert.Equal("FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;UNTIL=20261231", RecurrenceRule.MonthlyOnWeekday(-1, IsoDayOfWeek.Friday, until: new LocalDate(2026, 12, 31)).ToRRule());
    }
}

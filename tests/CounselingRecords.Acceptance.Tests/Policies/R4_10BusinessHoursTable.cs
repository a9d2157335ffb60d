using CounselingRecords.Policies.Cancellations;
using NodaTime;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R4.10: the three business-hours modes. (a) Deemed receipt with the 510counseling examples, office hours
/// Monday to Friday 09:00–17:00; (b) only office hours count; (c) business days, "Sundays and holidays are not
/// business days".
/// </summary>
public sealed class R4_10BusinessHoursTable
{
    [Theory]
    // 510counseling: a text at 8 pm Thursday for a Friday 4 pm appointment is deemed received Friday 9 am: 7 h, late.
    [InlineData("R4.10a 510counseling", "2026-03-06T16:00", "2026-03-05T20:00", "2026-03-06T09:00", 7 * 60, CancellationClassification.LateCancellation)]
    // 510counseling: 9 pm Wednesday for a Friday 9 am appointment is deemed received Thursday 9 am: 24 h, on time.
    [InlineData("R4.10a 510counseling", "2026-03-06T09:00", "2026-03-04T21:00", "2026-03-05T09:00", 24 * 60, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10a at closing", "2026-03-06T09:00", "2026-03-04T17:00", "2026-03-05T09:00", 24 * 60, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10a before opening", "2026-03-06T09:00", "2026-03-05T08:59", "2026-03-05T09:00", 24 * 60, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10a minute after opening", "2026-03-06T09:00", "2026-03-05T09:01", "2026-03-05T09:01", 23 * 60 + 59, CancellationClassification.LateCancellation)]
    // Friday evening for Monday 4 pm: deemed Monday 9 am, 7 h (clock hours would give 70 h across the spring change).
    [InlineData("R4.10a weekend", "2026-03-09T16:00", "2026-03-06T18:00", "2026-03-09T09:00", 7 * 60, CancellationClassification.LateCancellation)]
    public void DeemedReceipt(string rule, string start, string received, string deemed, int noticeMinutes, CancellationClassification expected)
    {
        var decision = Decide(Policy(NoticeRule.DeemedReceipt(Duration.FromHours(24), WeekdaysNineToFive)), Appointment(start), received);

        Assert.True(expected == decision.Classification, $"{rule}: {decision.Classification}");
        Assert.Equal(Local(deemed), decision.DeemedReceivedAt);
        Assert.Equal(Duration.FromMinutes(noticeMinutes), decision.Notice);
        Assert.Equal("R4.10a", decision.Rules[0].RuleId);
    }

    [Theory]
    // 24 h of office hours = three office days before a Monday 9 am appointment.
    [InlineData("R4.10b exact", 24, "2026-03-09T09:00", "2026-03-04T09:00", 24 * 60, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10b minute late", 24, "2026-03-09T09:00", "2026-03-04T09:01", 24 * 60 - 1, CancellationClassification.LateCancellation)]
    [InlineData("R4.10b overnight", 24, "2026-03-09T09:00", "2026-03-03T17:00", 24 * 60, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10b weekend", 24, "2026-03-09T09:00", "2026-03-06T17:00", 0, CancellationClassification.LateCancellation)]
    [InlineData("R4.10b one office day", 8, "2026-03-09T09:00", "2026-03-06T09:00", 8 * 60, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10b one office day", 8, "2026-03-09T09:00", "2026-03-06T09:01", 8 * 60 - 1, CancellationClassification.LateCancellation)]
    public void OfficeHoursOnly(string rule, int windowHours, string start, string received, int officeMinutes, CancellationClassification expected)
    {
        var decision = Decide(Policy(NoticeRule.OfficeHoursOnly(Duration.FromHours(windowHours), WeekdaysNineToFive)), Appointment(start), received);

        Assert.True(expected == decision.Classification, $"{rule}: {decision.Classification}");
        Assert.Equal(Duration.FromMinutes(officeMinutes), decision.Notice);
    }

    [Fact]
    public void OfficeHoursOnly_IsStricterThanClockHours()
    {
        var appointment = Appointment("2026-03-09T09:00");

        var clock = Decide(Policy(NoticeRule.Hours(24)), appointment, "2026-03-06T17:00");
        var office = Decide(Policy(NoticeRule.OfficeHoursOnly(Duration.FromHours(24), WeekdaysNineToFive)), appointment, "2026-03-06T17:00");

        Assert.Equal(CancellationClassification.OnTimeCancellation, clock.Classification);
        Assert.Equal(CancellationClassification.LateCancellation, office.Classification);
    }

    [Theory]
    // One business day before Monday 9 March is Saturday 7 March (Sunday is not a business day).
    [InlineData("R4.10c", "2026-03-09T10:00", "2026-03-06T15:00", null, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10c", "2026-03-09T10:00", "2026-03-07T23:59", null, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10c Sunday", "2026-03-09T10:00", "2026-03-08T00:00", null, CancellationClassification.LateCancellation)]
    [InlineData("R4.10c Sunday", "2026-03-09T10:00", "2026-03-08T12:00", null, CancellationClassification.LateCancellation)]
    // Memorial Day (Monday 25 May 2026) is a holiday: for Tuesday 26 May the last business day is Saturday 23 May.
    [InlineData("R4.10c holiday", "2026-05-26T10:00", "2026-05-23T18:00", null, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10c holiday", "2026-05-26T10:00", "2026-05-24T10:00", null, CancellationClassification.LateCancellation)]
    [InlineData("R4.10c holiday", "2026-05-26T10:00", "2026-05-25T09:00", null, CancellationClassification.LateCancellation)]
    [InlineData("R4.10c weekday", "2026-03-11T10:00", "2026-03-10T20:00", null, CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10c weekday", "2026-03-11T10:00", "2026-03-11T08:00", null, CancellationClassification.LateCancellation)]
    // With a 5 pm cut-off on the business day before.
    [InlineData("R4.10c cut-off", "2026-03-11T10:00", "2026-03-10T17:00", "17:00", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.10c cut-off", "2026-03-11T10:00", "2026-03-10T17:01", "17:00", CancellationClassification.LateCancellation)]
    public void BusinessDays(string rule, string start, string received, string? cutoff, CancellationClassification expected)
    {
        LocalTime? cut = cutoff is null ? null : NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(cutoff).Value;

        var decision = Decide(Policy(NoticeRule.BusinessDaysAhead(1, MondayToSaturday, cut)), Appointment(start), received);

        Assert.True(expected == decision.Classification, $"{rule}: {decision.Classification}");
        Assert.Equal("R4.10c", decision.Rules[0].RuleId);
    }
}

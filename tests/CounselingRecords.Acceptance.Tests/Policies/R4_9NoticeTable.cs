using CounselingRecords.Policies.Cancellations;
using NodaTime;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R4.9: notice is the elapsed time from receipt to the start; at least the window is on time (exactly the window
/// counts); at or after the start, or no contact, is a no-show. R4.1 windows: 24 h, 48 h, 7 days. DST: 24
/// wall-clock hours across the spring change are 23 elapsed hours; across the autumn change, 25.
/// </summary>
public sealed class R4_9NoticeTable
{
    [Theory]
    // Window 24 h; appointment Friday 13 March 2026 10:00 (no DST change nearby).
    [InlineData("R4.9", 24, "2026-03-13T10:00", "2026-03-12T09:59", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.9", 24, "2026-03-13T10:00", "2026-03-12T10:00", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.9", 24, "2026-03-13T10:00", "2026-03-12T10:01", CancellationClassification.LateCancellation)]
    [InlineData("R4.9", 24, "2026-03-13T10:00", "2026-03-13T09:59", CancellationClassification.LateCancellation)]
    [InlineData("R4.9", 24, "2026-03-13T10:00", "2026-03-13T10:00", CancellationClassification.NoShow)]
    [InlineData("R4.9", 24, "2026-03-13T10:00", "2026-03-13T10:01", CancellationClassification.NoShow)]
    [InlineData("R4.9", 24, "2026-03-13T10:00", null, CancellationClassification.NoShow)]
    // Window 48 h (R4.1).
    [InlineData("R4.1", 48, "2026-03-13T10:00", "2026-03-11T09:59", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.1", 48, "2026-03-13T10:00", "2026-03-11T10:00", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.1", 48, "2026-03-13T10:00", "2026-03-11T10:01", CancellationClassification.LateCancellation)]
    // Spring change (Sunday 8 March 2026, 02:00): Saturday 10:00 EST to Sunday 10:00 EDT is 23 elapsed hours.
    [InlineData("R4.9 DST spring", 24, "2026-03-08T10:00", "2026-03-07T10:00", CancellationClassification.LateCancellation)]
    [InlineData("R4.9 DST spring", 24, "2026-03-08T10:00", "2026-03-07T09:01", CancellationClassification.LateCancellation)]
    [InlineData("R4.9 DST spring", 24, "2026-03-08T10:00", "2026-03-07T09:00", CancellationClassification.OnTimeCancellation)]
    // A 7-day window across the spring change is 167 elapsed hours wall clock to wall clock.
    [InlineData("R4.9 DST spring", 168, "2026-03-13T10:00", "2026-03-06T10:00", CancellationClassification.LateCancellation)]
    [InlineData("R4.9 DST spring", 168, "2026-03-13T10:00", "2026-03-06T09:00", CancellationClassification.OnTimeCancellation)]
    // Autumn change (Sunday 1 November 2026, 02:00): Saturday 11:00 EDT to Sunday 10:00 EST is 24 elapsed hours.
    [InlineData("R4.9 DST autumn", 24, "2026-11-01T10:00", "2026-10-31T10:00", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.9 DST autumn", 24, "2026-11-01T10:00", "2026-10-31T11:00", CancellationClassification.OnTimeCancellation)]
    [InlineData("R4.9 DST autumn", 24, "2026-11-01T10:00", "2026-10-31T11:01", CancellationClassification.LateCancellation)]
    public void Classification(string rule, int windowHours, string start, string? received, CancellationClassification expected)
    {
        var decision = Decide(Policy(NoticeRule.Hours(windowHours)), Appointment(start), received);

        Assert.True(expected == decision.Classification, $"{rule}: expected {expected}, got {decision.Classification}");
    }

    [Theory]
    [InlineData("R4.9", "2026-03-13T10:00", "2026-03-12T10:01", 23 * 60 + 59)]
    [InlineData("R4.9 DST spring", "2026-03-08T10:00", "2026-03-07T10:00", 23 * 60)]
    [InlineData("R4.9 DST autumn", "2026-11-01T10:00", "2026-10-31T10:00", 25 * 60)]
    public void NoticeIsElapsedTime(string rule, string start, string received, int expectedMinutes)
    {
        var decision = Decide(Policy(), Appointment(start), received);

        Assert.True(Duration.FromMinutes(expectedMinutes) == decision.Notice, $"{rule}: notice {decision.Notice}");
    }
}

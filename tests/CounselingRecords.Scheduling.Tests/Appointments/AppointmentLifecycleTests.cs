using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Scheduling.Tests.Appointments;

public sealed class AppointmentLifecycleTests
{
    private static Appointment Booked() => Fixture.Engine().Book(Fixture.Book(), Fixture.Request(Fixture.At(3, 9, 10)), Fixture.Staff).Appointment;

    [Fact]
    public void Lifecycle_ConfirmArriveComplete_RecordsEachTransitionWithActorAndInstant()
    {
        var a = Booked();
        var confirmedAt = Fixture.Now + Duration.FromHours(1);
        var done = a.Confirm(Fixture.Staff, confirmedAt, "sms").Value
            .MarkArrived(Fixture.Staff, a.StartInstant - Duration.FromMinutes(5)).Value
            .Complete(Fixture.Staff, a.EndInstant).Value;

        Assert.Equal(AppointmentStatus.Completed, done.Status);
        Assert.Equal(
            new AppointmentStatus?[] { null, AppointmentStatus.Scheduled, AppointmentStatus.Confirmed, AppointmentStatus.Arrived },
            done.History.Select(h => h.From).ToArray());
        Assert.Equal("sms", done.History[1].Note);
        Assert.Equal(confirmedAt, done.History[1].At);
        Assert.All(done.History, h => Assert.Equal(Fixture.Staff.UserId, h.Actor));
    }

    [Theory]
    [InlineData(AppointmentStatus.Requested, AppointmentStatus.Confirmed, false)]
    [InlineData(AppointmentStatus.Requested, AppointmentStatus.Scheduled, true)]
    [InlineData(AppointmentStatus.Scheduled, AppointmentStatus.Completed, false)]
    [InlineData(AppointmentStatus.Arrived, AppointmentStatus.NoShow, false)]
    [InlineData(AppointmentStatus.Completed, AppointmentStatus.CancelledByClient, false)]
    [InlineData(AppointmentStatus.NoShow, AppointmentStatus.Arrived, false)]
    [InlineData(AppointmentStatus.Confirmed, AppointmentStatus.LateCancelled, true)]
    [InlineData(AppointmentStatus.Rescheduled, AppointmentStatus.Scheduled, false)]
    public void CanBecome_LifecycleTable_AllowsOnlyTheListedTransitions(AppointmentStatus from, AppointmentStatus to, bool allowed) =>
        Assert.Equal(allowed, from.CanBecome(to));

    [Fact]
    public void Complete_Scheduled_IsRefusedWithStableCode()
    {
        var result = Booked().Complete(Fixture.Staff, Fixture.Now);

        Assert.Equal(SchedulingErrorCodes.IllegalTransition, result.Error.Code);
        Assert.Equal(SchedulingRules.Lifecycle, result.Error.RuleId);
    }

    [Fact]
    public void CancelByClient_ReceivedAfterStart_IsANoShowUnderR49()
    {
        var a = Booked();
        var result = a.CancelByClient(Fixture.Client, a.StartInstant + Duration.FromMinutes(1), a.StartInstant + Duration.FromMinutes(2));

        Assert.Equal(SchedulingErrorCodes.CancellationAfterStart, result.Error.Code);
        Assert.Equal("R4.9", result.Error.RuleId);
        Assert.Equal(AppointmentStatus.NoShow, a.MarkNoShow(Fixture.Staff, a.StartInstant + Duration.FromMinutes(15)).Value.Status);
    }

    [Fact]
    public void MarkNoShow_BeforeStart_IsRefused() =>
        Assert.Equal(SchedulingErrorCodes.NoShowBeforeStart, Booked().MarkNoShow(Fixture.Staff, Fixture.Now).Error.Code);

    [Fact]
    public void CancellationFactsFor_AcrossSpringForward_MeasuresElapsedNotice()
    {
        // R4.9: 24 wall-clock hours across the spring-forward change are 23 elapsed hours.
        var a = Booked(); // Monday 2026-03-09 10:00 EDT
        var received = new LocalDateTime(2026, 3, 8, 10, 0).InZoneStrictly(Fixture.NewYork).ToInstant(); // Sunday 10:00 EDT

        var facts = a.CancellationFactsFor(CancellationInitiator.Client, received);

        Assert.Equal(Duration.FromHours(24), facts.Notice);
        var beforeChange = new LocalDateTime(2026, 3, 7, 10, 0).InZoneStrictly(Fixture.NewYork).ToInstant(); // Saturday 10:00 EST
        Assert.Equal(Duration.FromHours(47), a.CancellationFactsFor(CancellationInitiator.Client, beforeChange).Notice);
        Assert.Equal(a.StartInstant, facts.StartInstant);
        Assert.Equal(Fixture.NewYork, facts.Zone);
        Assert.False(facts.ReceivedAtOrAfterStart);
    }

    [Fact]
    public void LateCancel_RecordsInitiatorReceivedAndRecordedInstants()
    {
        var a = Booked();
        var received = a.StartInstant - Duration.FromHours(3);
        var cancelled = a.LateCancel(Fixture.Client, received, received + Duration.FromMinutes(10), "illness").Value;

        Assert.Equal(AppointmentStatus.LateCancelled, cancelled.Status);
        Assert.Equal(new CancellationRecord(CancellationInitiator.Client, received, received + Duration.FromMinutes(10), Fixture.Client.UserId, "illness"), cancelled.Cancellation);
        Assert.False(cancelled.IsBlocking);
    }

    [Fact]
    public void ToString_PrintsIdsOnly()
    {
        var text = Booked().ToString();

        Assert.Contains("apt_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Individual", text, StringComparison.Ordinal);
    }
}

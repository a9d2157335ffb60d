using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Builders;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Testing.Tests.Builders;

public sealed class AppointmentBuilderTests
{
    private static readonly ClientId Client = TestIds.Numbered<ClientId>(1);

    [Fact]
    public void Build_Defaults_BooksA50MinuteSessionAtTenNewYorkTime()
    {
        var appointment = new AppointmentBuilder().Build(TestIds.Seeded(), Client);

        Assert.Equal(AppointmentStatus.Scheduled, appointment.Status);
        Assert.Equal(TestActors.Clinician.ClinicianId, appointment.ClinicianId);
        // 2026-01-12 10:00 EST (UTC-5) is 15:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 1, 12, 15, 0), appointment.StartInstant);
        Assert.Equal(Duration.FromMinutes(50), appointment.EndInstant - appointment.StartInstant);
    }

    [Fact]
    public void Build_AfterTheSpringChange_KeepsTheWallClockTime()
    {
        var appointment = new AppointmentBuilder().StartingAt(new LocalDateTime(2026, 3, 9, 10, 0)).Build(TestIds.Seeded(), Client);

        // 2026-03-09 10:00 EDT (UTC-4) is 14:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 14, 0), appointment.StartInstant);
    }

    [Fact]
    public void Build_OnASaturday_IsRefusedByTheEngine()
    {
        var saturday = new AppointmentBuilder().StartingAt(new LocalDateTime(2026, 1, 17, 10, 0));

        var ex = Assert.Throws<InvalidOperationException>(() => saturday.Build(TestIds.Seeded(), Client));

        Assert.Contains("scheduling.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_ABookWithTheSameSlotTaken_IsRefused()
    {
        var builder = new AppointmentBuilder();
        var first = builder.Build(TestIds.Seeded(1), Client);
        var taken = builder.Schedule().WithAppointment(first);

        Assert.Throws<InvalidOperationException>(() => builder.In(taken).Build(TestIds.Seeded(2), TestIds.Numbered<ClientId>(2)));
    }
}

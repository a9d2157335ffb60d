using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Storage.Sqlite.Tests.Reliability;

/// <summary>Real scheduling appointments, as the booking engine leaves them: scheduled, one client, 53 minutes, in New York.</summary>
internal static class RealAppointments
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Appointment <paramref name="number"/> of client <paramref name="client"/> with a clinician at a local start (a group session when <paramref name="capacity"/> is above 1).</summary>
    public static Appointment Scheduled(int number, ClinicianId clinician, int client, LocalDateTime localStart, int capacity = 1)
    {
        var start = NewYork.AtStrictly(localStart).ToInstant();
        var bookedAt = start - Duration.FromDays(7);
        var bookedBy = TestActors.FrontDesk.UserId;
        return new Appointment(
            TestIds.Numbered<AppointmentId>(number), clinician, [], [TestIds.Numbered<ClientId>(client)], capacity, TestIds.Numbered<AppointmentTypeId>(1),
            Modality.InPerson, Duration.Zero, Duration.FromMinutes(10), null, null, localStart, NewYork, start, start + Duration.FromMinutes(53),
            bookedAt, bookedBy, AppointmentStatus.Scheduled, [new StatusChange(null, AppointmentStatus.Scheduled, bookedBy, bookedAt, null)],
            null, null, null, null, null, 0);
    }

    /// <summary>Monday 2026-03-02 at 10:00 in New York, with clinician 1.</summary>
    public static Appointment Monday10(int number, int client) =>
        Scheduled(number, TestActors.Clinician.ClinicianId!.Value, client, new LocalDateTime(2026, 3, 2, 10, 0));
}

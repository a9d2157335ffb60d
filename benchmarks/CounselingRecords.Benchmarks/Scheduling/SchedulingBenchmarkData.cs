using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using NodaTime;

namespace CounselingRecords.Benchmarks.Scheduling;

/// <summary>Reproducible practice data for the scheduling benchmarks.</summary>
internal static class SchedulingBenchmarkData
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly UserId Staff = Id<UserId>(1);
    public static readonly LocationId Office = Id<LocationId>(1);
    public static readonly AppointmentType Therapy = new(Id<AppointmentTypeId>(1), "Individual", Duration.FromMinutes(50), Duration.Zero, Duration.FromMinutes(10), Modality.InPerson, true, 1, 0);
    public static readonly LocalDate FirstDay = new(2026, 1, 5);

    public static TId Id<TId>(int n)
        where TId : struct, IStronglyTypedId<TId>
    {
        Span<byte> bytes = stackalloc byte[16];
        bytes[0] = 0x42;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(bytes[12..], n);
        return TId.FromGuid(new Guid(bytes, bigEndian: true));
    }

    public static ClinicianId Clinician(int n) => Id<ClinicianId>(n + 1);

    public static ClinicianAvailability Availability(int clinician) => ClinicianAvailability.Weekly(
        Clinician(clinician),
        NewYork,
        FirstDay.PlusDays(-7),
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .Select(d => new WorkingBlock(d, new LocalTime(9, 0), new LocalTime(17, 0), null)));

    /// <summary>An appointment of <paramref name="clinician"/> at a local start.</summary>
    public static Appointment Appointment(int n, int clinician, int client, RoomId? room, LocalDateTime local)
    {
        var start = local.InZoneLeniently(NewYork).ToInstant();
        return new Appointment(
            Id<AppointmentId>(n + 1), Clinician(clinician), [], [Id<ClientId>(client + 1)], 1, Therapy.Id, Modality.InPerson, Duration.Zero, Duration.FromMinutes(10),
            room is null ? null : Office, room, local, NewYork, start, start + Duration.FromMinutes(50), start - Duration.FromDays(7), Staff,
            AppointmentStatus.Scheduled, [new StatusChange(null, AppointmentStatus.Scheduled, Staff, start - Duration.FromDays(7), null)], null, null, null, null, null, 0);
    }

    /// <summary>
    /// <paramref name="count"/> appointments for 20 clinicians, 2,000 clients and 10 rooms: each clinician's
    /// sessions at 09, 10, 11, 13, 14, 15 and 16 o'clock on weekdays from 2026-01-05 on, as far as the count goes.
    /// </summary>
    public static ImmutableArray<Appointment> Calendar(int count, int clinicians = 20)
    {
        var hours = new[] { 9, 10, 11, 13, 14, 15, 16 };
        var random = new Random(20260105);
        var result = ImmutableArray.CreateBuilder<Appointment>(count);
        var day = FirstDay;
        var n = 0;
        while (n < count)
        {
            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                foreach (var hour in hours)
                {
                    for (var c = 0; c < clinicians && n < count; c++)
                    {
                        var room = c < 10 ? Id<RoomId>(c + 1) : (RoomId?)null;
                        result.Add(Appointment(n++, c, random.Next(2000), room, day.At(new LocalTime(hour, 0))));
                    }
                }
            }

            day = day.PlusDays(1);
        }

        return result.MoveToImmutable();
    }
}

using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.AppointmentTypes;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>An appointment about to be booked, as the conflict checker sees it.</summary>
internal readonly record struct BookingCandidate(
    ClinicianId Clinician,
    ImmutableArray<ClinicianId> AdditionalClinicians,
    ImmutableArray<ClientId> Clients,
    int Capacity,
    AppointmentType Type,
    Duration BufferBefore,
    Duration BufferAfter,
    LocationId? Location,
    RoomId? Room,
    DateTimeZone Zone,
    Instant Start,
    Instant End,
    bool ClientIsNew,
    bool IsSeries,
    LocalDateTime? OccurrenceId)
{
    public IEnumerable<ClinicianId> Clinicians
    {
        get
        {
            yield return Clinician;
            if (!AdditionalClinicians.IsDefault)
            {
                foreach (var other in AdditionalClinicians)
                {
                    yield return other;
                }
            }
        }
    }
}

using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Recurrence;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>A request to book a recurring series: the template, the wall-clock time in a zone, the first date and the rule.</summary>
/// <param name="Clinician">The lead clinician.</param>
/// <param name="Clients">The clients.</param>
/// <param name="AppointmentType">The appointment type.</param>
/// <param name="Zone">The zone the wall-clock time is kept in.</param>
/// <param name="StartDate">The first date an occurrence may fall on.</param>
/// <param name="TimeOfDay">The wall-clock start of every occurrence.</param>
/// <param name="Rule">The recurrence rule.</param>
/// <param name="Location">The location, for in-person sessions.</param>
/// <param name="Room">The room, if any.</param>
/// <param name="AdditionalClinicians">Co-clinicians.</param>
/// <param name="ClientIsNew">Whether a client is new to the practice.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SeriesRequest(
    ClinicianId Clinician,
    ImmutableArray<ClientId> Clients,
    AppointmentTypeId AppointmentType,
    DateTimeZone Zone,
    LocalDate StartDate,
    LocalTime TimeOfDay,
    RecurrenceRule Rule,
    LocationId? Location = null,
    RoomId? Room = null,
    ImmutableArray<ClinicianId> AdditionalClinicians = default,
    bool ClientIsNew = false)
{
    /// <inheritdoc />
    public override string ToString() => $"SeriesRequest (clinician {Clinician}, {Rule}, {TimeOfDay:HH:mm} {Zone?.Id})";
}

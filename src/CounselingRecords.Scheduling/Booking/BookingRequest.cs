using System.Collections.Immutable;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>
/// A request to book one appointment: who, which appointment type, the local start in a zone (resolved by S1.3),
/// and where. <see cref="ClientIsNew"/> is supplied by the caller, who knows the client's history (S3.8).
/// <see cref="AsRequest"/> books it as <c>Requested</c> (a client portal request awaiting acceptance).
/// </summary>
/// <param name="Clinician">The lead clinician.</param>
/// <param name="Clients">The clients (none for a group session opened empty).</param>
/// <param name="AppointmentType">The appointment type.</param>
/// <param name="LocalStart">The local start.</param>
/// <param name="Zone">The zone of <paramref name="LocalStart"/> (usually <c>ZoneDirectory.BookingZone</c>).</param>
/// <param name="Location">The location, for an in-person session.</param>
/// <param name="Room">The room, if any.</param>
/// <param name="AdditionalClinicians">Co-clinicians.</param>
/// <param name="ClientIsNew">Whether a client is new to the practice.</param>
/// <param name="AsRequest">Whether to book it as a request awaiting acceptance.</param>
/// <param name="Note">A short administrative note for the history.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record BookingRequest(
    ClinicianId Clinician,
    ImmutableArray<ClientId> Clients,
    AppointmentTypeId AppointmentType,
    LocalDateTime LocalStart,
    DateTimeZone Zone,
    LocationId? Location = null,
    RoomId? Room = null,
    ImmutableArray<ClinicianId> AdditionalClinicians = default,
    bool ClientIsNew = false,
    bool AsRequest = false,
    string? Note = null)
{
    /// <inheritdoc />
    public override string ToString() => $"BookingRequest (clinician {Clinician}, type {AppointmentType}, {LocalStart} {Zone?.Id})";
}

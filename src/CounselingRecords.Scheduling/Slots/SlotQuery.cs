using System.Collections.Immutable;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Slots;

/// <summary>
/// What to search for: the next <see cref="Count"/> free slots of an appointment type with any of
/// <see cref="Clinicians"/>, between two instants, starting on a <see cref="Step"/> grid from local midnight in the
/// clinician's zone, for a client shown in <see cref="ClientZone"/>.
/// </summary>
/// <param name="AppointmentType">The appointment type.</param>
/// <param name="Clinicians">The clinicians to search, each once.</param>
/// <param name="From">The start of the search window.</param>
/// <param name="To">The end of the search window.</param>
/// <param name="Count">How many slots to return.</param>
/// <param name="ClientZone">The zone to show slots in.</param>
/// <param name="Client">The client, whose own bookings must not overlap.</param>
/// <param name="ClientIsNew">Whether the client is new (S3.8).</param>
/// <param name="Location">The location, for in-person sessions.</param>
/// <param name="Room">A room that must be free, if any.</param>
/// <param name="Step">The grid; default 15 minutes.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record SlotQuery(
    AppointmentTypeId AppointmentType,
    ImmutableArray<ClinicianId> Clinicians,
    Instant From,
    Instant To,
    int Count,
    DateTimeZone ClientZone,
    ClientId? Client = null,
    bool ClientIsNew = false,
    LocationId? Location = null,
    RoomId? Room = null,
    Duration? Step = null)
{
    /// <summary>Gets the grid step actually used.</summary>
    public Duration EffectiveStep => Step ?? Duration.FromMinutes(15);

    /// <inheritdoc />
    public override string ToString() => $"SlotQuery (type {AppointmentType}, {Clinicians.Length} clinician(s), {From}–{To}, {Count})";
}

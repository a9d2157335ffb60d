using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>
/// One reason a booking was refused, typed and explained: the kind, the stable code, the rule, a sentence, who or
/// what is affected (clinician, client or room), the appointment it collides with and the interval asked for.
/// For a series, <see cref="OccurrenceId"/> names the occurrence.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Code">The stable code (<see cref="SchedulingErrorCodes"/>).</param>
/// <param name="RuleId">The rule that decided.</param>
/// <param name="Message">A sentence naming ids and local times, never clinical content.</param>
/// <param name="Clinician">The clinician affected, if any.</param>
/// <param name="Client">The client affected, if any.</param>
/// <param name="Room">The room affected, if any.</param>
/// <param name="ConflictingAppointment">The appointment collided with, if any.</param>
/// <param name="Start">The start asked for.</param>
/// <param name="End">The end asked for.</param>
/// <param name="OccurrenceId">The series occurrence (original local start), if the request was a series.</param>
public sealed record BookingConflict(
    ConflictKind Kind,
    string Code,
    string RuleId,
    string Message,
    ClinicianId? Clinician,
    ClientId? Client,
    RoomId? Room,
    AppointmentId? ConflictingAppointment,
    Instant Start,
    Instant End,
    LocalDateTime? OccurrenceId)
{
    /// <summary>Converts the conflict to a <see cref="DomainError"/>.</summary>
    /// <returns>The error, targeting the conflicting appointment or the affected party.</returns>
    public DomainError ToDomainError() => new(
        Code,
        Message,
        RuleId,
        ConflictingAppointment?.ToString() ?? Clinician?.ToString() ?? Client?.ToString() ?? Room?.ToString());
}

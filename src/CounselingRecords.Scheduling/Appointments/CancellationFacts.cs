using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Appointments;

/// <summary>
/// What a cancellation policy engine needs to decide a fee, as plain data: the appointment's start instant,
/// zone and local start, who initiated the cancellation and when it was received, and the notice between them
/// as elapsed time (R4.9: <c>start − received</c>, so 24 wall-clock hours across a spring-forward change are 23
/// hours of notice). Scheduling does not decide lateness or fees; the Practice workflow passes these facts to
/// the policy engine and then records <c>CancelByClient</c> or <c>LateCancel</c>.
/// </summary>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="Clients">The clients booked.</param>
/// <param name="ClinicianId">The lead clinician.</param>
/// <param name="AppointmentTypeId">The appointment type.</param>
/// <param name="Modality">How the session was to be delivered.</param>
/// <param name="StartInstant">The start.</param>
/// <param name="Zone">The appointment's zone.</param>
/// <param name="LocalStart">The start on the clock of <paramref name="Zone"/>.</param>
/// <param name="Initiator">Who asked for the cancellation.</param>
/// <param name="ReceivedAt">When the request was received.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record CancellationFacts(
    AppointmentId AppointmentId,
    ImmutableArray<ClientId> Clients,
    ClinicianId ClinicianId,
    AppointmentTypeId AppointmentTypeId,
    Modality Modality,
    Instant StartInstant,
    DateTimeZone Zone,
    LocalDateTime LocalStart,
    CancellationInitiator Initiator,
    Instant ReceivedAt)
{
    /// <summary>Gets the notice given: <c>StartInstant − ReceivedAt</c> as elapsed time (R4.9); negative when received after the start.</summary>
    public Duration Notice => StartInstant - ReceivedAt;

    /// <summary>Gets a value indicating whether the request arrived at or after the start, which R4.9 treats as a no-show.</summary>
    public bool ReceivedAtOrAfterStart => ReceivedAt >= StartInstant;

    /// <inheritdoc />
    public override string ToString() => $"CancellationFacts {AppointmentId} ({Initiator}, notice {Notice})";
}

using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Scheduling.Appointments;

/// <content>The status lifecycle (S4.1–S4.4) and group membership.</content>
public sealed partial class Appointment
{
    /// <summary>Accepts a requested appointment (requested → scheduled).</summary>
    /// <param name="actor">Who accepts it.</param>
    /// <param name="at">When.</param>
    /// <returns>The scheduled appointment, or <see cref="SchedulingErrorCodes.IllegalTransition"/>.</returns>
    public Result<Appointment> Schedule(Actor actor, Instant at) => Transition(AppointmentStatus.Scheduled, actor, at, null);

    /// <summary>Records the client's confirmation (scheduled → confirmed).</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="channel">How it was confirmed (for example "sms", "phone", "portal").</param>
    /// <returns>The confirmed appointment, or <see cref="SchedulingErrorCodes.IllegalTransition"/>.</returns>
    public Result<Appointment> Confirm(Actor actor, Instant at, string? channel = null) => Transition(AppointmentStatus.Confirmed, actor, at, channel);

    /// <summary>Records the client's arrival or joining (scheduled or confirmed → arrived).</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <returns>The arrived appointment, or <see cref="SchedulingErrorCodes.IllegalTransition"/>.</returns>
    public Result<Appointment> MarkArrived(Actor actor, Instant at) => Transition(AppointmentStatus.Arrived, actor, at, null);

    /// <summary>Records that the session took place (arrived → completed); not before the start.</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <returns>The completed appointment, or a refusal.</returns>
    public Result<Appointment> Complete(Actor actor, Instant at)
    {
        if (Status.CanBecome(AppointmentStatus.Completed) && at < StartInstant)
        {
            return Refuse(SchedulingErrorCodes.CompletedBeforeStart, $"Appointment {Id} starts at {StartInstant} and cannot be completed at {at}.", SchedulingRules.Lifecycle);
        }

        return Transition(AppointmentStatus.Completed, actor, at, null);
    }

    /// <summary>
    /// Records a client cancellation that the policy judged on time. The request must have been received before
    /// the start: after it, R4.9 makes it a no-show (S4.2).
    /// </summary>
    /// <param name="actor">Who records it (the client, or staff on the client's behalf).</param>
    /// <param name="receivedAt">When the request was received.</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The cancelled appointment, or a refusal.</returns>
    public Result<Appointment> CancelByClient(Actor actor, Instant receivedAt, Instant at, string? reason = null) =>
        ClientCancellation(AppointmentStatus.CancelledByClient, actor, receivedAt, at, reason);

    /// <summary>Records a client cancellation that the policy judged late (S4.2).</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="receivedAt">When the request was received.</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The late-cancelled appointment, or a refusal.</returns>
    public Result<Appointment> LateCancel(Actor actor, Instant receivedAt, Instant at, string? reason = null) =>
        ClientCancellation(AppointmentStatus.LateCancelled, actor, receivedAt, at, reason);

    /// <summary>Records a cancellation by the clinician or the practice.</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="initiator"><see cref="CancellationInitiator.Clinician"/> or <see cref="CancellationInitiator.Practice"/>.</param>
    /// <param name="at">When it is recorded (and received).</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The cancelled appointment, or a refusal.</returns>
    public Result<Appointment> CancelByPractice(Actor actor, CancellationInitiator initiator, Instant at, string? reason = null)
    {
        if (initiator == CancellationInitiator.Client || !Enum.IsDefined(initiator))
        {
            throw new ArgumentOutOfRangeException(nameof(initiator), "A practice cancellation is initiated by the clinician or the practice.");
        }

        ArgumentNullException.ThrowIfNull(actor);
        return Transition(AppointmentStatus.CancelledByPractice, actor, at, reason, new CancellationRecord(initiator, at, at, actor.UserId, reason));
    }

    /// <summary>Records a no-show: the client did not come and did not cancel before the start (S4.3, R4.9).</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When; not before the start.</param>
    /// <returns>The no-show appointment, or a refusal.</returns>
    public Result<Appointment> MarkNoShow(Actor actor, Instant at)
    {
        if (Status.CanBecome(AppointmentStatus.NoShow) && at < StartInstant)
        {
            return Refuse(SchedulingErrorCodes.NoShowBeforeStart, $"Appointment {Id} starts at {StartInstant}; a no-show cannot be recorded at {at}.", SchedulingRules.NoShowAfterStart);
        }

        return Transition(AppointmentStatus.NoShow, actor, at, null);
    }

    /// <summary>Marks the appointment as moved to <paramref name="replacement"/> (S4.4). The booking engine books the replacement in the same step.</summary>
    /// <param name="replacement">The new appointment.</param>
    /// <param name="actor">Who moved it.</param>
    /// <param name="at">When.</param>
    /// <param name="note">A short administrative note.</param>
    /// <returns>The rescheduled appointment, or a refusal.</returns>
    public Result<Appointment> MarkRescheduled(AppointmentId replacement, Actor actor, Instant at, string? note = null)
    {
        if (replacement.Value == Guid.Empty || replacement == Id)
        {
            throw new ArgumentException("The replacement must be another appointment.", nameof(replacement));
        }

        if (!Status.CanBecome(AppointmentStatus.Rescheduled))
        {
            return Illegal(AppointmentStatus.Rescheduled);
        }

        ArgumentNullException.ThrowIfNull(actor);
        return Copy(
            status: AppointmentStatus.Rescheduled,
            history: History.Add(new StatusChange(Status, AppointmentStatus.Rescheduled, actor.UserId, at, note)),
            rescheduledTo: replacement);
    }

    /// <summary>Returns the facts a cancellation policy engine needs, for a cancellation received at <paramref name="receivedAt"/>.</summary>
    /// <param name="initiator">Who asks for the cancellation.</param>
    /// <param name="receivedAt">When the request was received.</param>
    /// <returns>The facts.</returns>
    public CancellationFacts CancellationFactsFor(CancellationInitiator initiator, Instant receivedAt) =>
        new(Id, Clients, ClinicianId, AppointmentTypeId, Modality, StartInstant, Zone, LocalStart, initiator, receivedAt);

    /// <summary>Adds a client to a group appointment below capacity (S3.9). The booking engine checks the client's other bookings.</summary>
    /// <param name="client">The client.</param>
    /// <returns>The appointment with the client, or a refusal.</returns>
    public Result<Appointment> WithClient(ClientId client)
    {
        if (Clients.Contains(client))
        {
            return Refuse(SchedulingErrorCodes.AlreadyParticipant, $"Client {client} already takes part in appointment {Id}.", SchedulingRules.Capacity);
        }

        if (!HasRoomForClients)
        {
            return Refuse(SchedulingErrorCodes.CapacityExceeded, $"Appointment {Id} is full ({Capacity} clients).", SchedulingRules.Capacity);
        }

        if (Status.IsFinal())
        {
            return Illegal(Status);
        }

        return Copy(clients: Clients.Add(client));
    }

    /// <summary>Removes a client from a group appointment (the appointment itself stays).</summary>
    /// <param name="client">The client.</param>
    /// <returns>The appointment without the client, or a refusal.</returns>
    public Result<Appointment> WithoutClient(ClientId client)
    {
        if (!Clients.Contains(client))
        {
            return Refuse(SchedulingErrorCodes.NotParticipant, $"Client {client} does not take part in appointment {Id}.", null);
        }

        return Copy(clients: Clients.Remove(client));
    }

    /// <summary>Creates a new appointment as the booking engine books it.</summary>
    internal static Appointment Book(
        AppointmentId id,
        ClinicianId clinicianId,
        ImmutableArray<ClinicianId> additionalClinicians,
        ImmutableArray<ClientId> clients,
        int capacity,
        AppointmentTypeId appointmentTypeId,
        CounselingRecords.Care.Modality modality,
        Duration bufferBefore,
        Duration bufferAfter,
        LocationId? locationId,
        RoomId? roomId,
        LocalDateTime localStart,
        DateTimeZone zone,
        Instant startInstant,
        Instant endInstant,
        Instant bookedAt,
        UserId bookedBy,
        AppointmentStatus initialStatus,
        AppointmentId? rescheduledFrom,
        SeriesId? seriesId,
        LocalDateTime? occurrenceId,
        string? note) =>
        new(id, clinicianId, additionalClinicians, clients, capacity, appointmentTypeId, modality, bufferBefore, bufferAfter, locationId, roomId,
            localStart, zone, startInstant, endInstant, bookedAt, bookedBy, initialStatus,
            [new StatusChange(null, initialStatus, bookedBy, bookedAt, note)], null, rescheduledFrom, null, seriesId, occurrenceId, 0);

    private Result<Appointment> ClientCancellation(AppointmentStatus status, Actor actor, Instant receivedAt, Instant at, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Status.CanBecome(status))
        {
            return Illegal(status);
        }

        if (receivedAt > at)
        {
            return Refuse(SchedulingErrorCodes.CancellationReceivedInFuture, $"Appointment {Id}: a cancellation recorded at {at} cannot have been received at {receivedAt}.", SchedulingRules.CancellationBeforeStart);
        }

        if (receivedAt >= StartInstant)
        {
            return Refuse(
                SchedulingErrorCodes.CancellationAfterStart,
                $"Appointment {Id} started at {StartInstant}; a cancellation received at {receivedAt} is a no-show under R4.9. Record a no-show instead.",
                "R4.9");
        }

        return Transition(status, actor, at, reason, new CancellationRecord(CancellationInitiator.Client, receivedAt, at, actor.UserId, reason));
    }

    private Result<Appointment> Transition(AppointmentStatus to, Actor actor, Instant at, string? note, CancellationRecord? cancellation = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Status.CanBecome(to))
        {
            return Illegal(to);
        }

        return Copy(status: to, history: History.Add(new StatusChange(Status, to, actor.UserId, at, note)), cancellation: cancellation);
    }

    private Result<Appointment> Illegal(AppointmentStatus to) => Refuse(
        SchedulingErrorCodes.IllegalTransition,
        $"Appointment {Id} is {Status} and cannot become {to}.",
        SchedulingRules.Lifecycle);

    private Result<Appointment> Refuse(string code, string message, string? ruleId) =>
        Result<Appointment>.ForError(new DomainError(code, message, ruleId, Id.ToString()));

    private Appointment Copy(
        ImmutableArray<ClientId>? clients = null,
        AppointmentStatus? status = null,
        ImmutableArray<StatusChange>? history = null,
        CancellationRecord? cancellation = null,
        AppointmentId? rescheduledTo = null,
        long? version = null) =>
        new(Id, ClinicianId, AdditionalClinicians, clients ?? Clients, Capacity, AppointmentTypeId, Modality, BufferBefore, BufferAfter, LocationId, RoomId,
            LocalStart, Zone, StartInstant, EndInstant, BookedAt, BookedBy, status ?? Status, history ?? History, cancellation ?? Cancellation,
            RescheduledFrom, rescheduledTo ?? RescheduledTo, SeriesId, OccurrenceId, version ?? Version);
}

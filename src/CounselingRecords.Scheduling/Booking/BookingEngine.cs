using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Zones;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>
/// Books, reschedules and cancels appointments and series on a <see cref="ScheduleBook"/>, checking every
/// conflict (clinician or client double-booked, room taken, outside availability, inside a buffer, notice too
/// short, beyond the horizon, cap reached, not for new clients, over capacity) through the book's interval
/// indexes. Every operation is all-or-nothing (S3.10): the result carries either the new book and what to save,
/// or the typed, explained conflicts and the unchanged book. "Now" is read from the injected clock; new ids come
/// from the injected generator.
/// </summary>
public sealed partial class BookingEngine
{
    private static readonly BookingRequestValidator RequestValidator = new();
    private static readonly SeriesRequestValidator SeriesValidator = new();
    private readonly IClock _clock;
    private readonly IIdGenerator _ids;

    /// <summary>Initializes a new instance of the <see cref="BookingEngine"/> class.</summary>
    /// <param name="clock">The clock that says what "now" is (notice, horizon, transition instants).</param>
    /// <param name="ids">The generator of new appointment and series ids.</param>
    public BookingEngine(IClock clock, IIdGenerator ids)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
    }

    /// <summary>Returns every conflict the request would meet now, without booking (a preview).</summary>
    /// <param name="book">The book.</param>
    /// <param name="request">The request.</param>
    /// <returns>The conflicts; empty when the request would be accepted.</returns>
    public ImmutableArray<BookingConflict> Check(ScheduleBook book, BookingRequest request)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(request);
        var type = book.FindAppointmentType(request.AppointmentType)
            ?? throw new ArgumentException($"Appointment type {request.AppointmentType} is not in the book.", nameof(request));
        var candidate = Candidate(request, type);
        return ConflictChecker.Check(book, candidate, _clock.GetCurrentInstant()).ToImmutableArray();
    }

    /// <summary>Books one appointment, or refuses with every conflict (S3.1–S3.10).</summary>
    /// <param name="book">The book.</param>
    /// <param name="request">The request.</param>
    /// <param name="actor">Who books it.</param>
    /// <returns>The result.</returns>
    public BookingResult Book(ScheduleBook book, BookingRequest request, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(actor);
        var valid = RequestValidator.Check(request);
        if (valid.Failure)
        {
            return BookingResult.Fail(book, valid.Error);
        }

        if (book.FindAppointmentType(request.AppointmentType) is not { } type)
        {
            return BookingResult.Fail(book, UnknownType(request.AppointmentType));
        }

        var now = _clock.GetCurrentInstant();
        var candidate = Candidate(request, type);
        var conflicts = ConflictChecker.Check(book, candidate, now);
        if (conflicts.Count > 0)
        {
            return BookingResult.Refuse(book, conflicts);
        }

        var appointment = NewAppointment(candidate, request.LocalStart, actor, now, request.AsRequest ? AppointmentStatus.Requested : AppointmentStatus.Scheduled, null, null, request.Note);
        return BookingResult.Accept(book.WithAppointment(appointment), [appointment]);
    }

    /// <summary>
    /// Moves an appointment to another local start in its zone (S4.4): the replacement is booked with every
    /// conflict checked (the moved appointment's own time no longer counts) and the original becomes
    /// <see cref="AppointmentStatus.Rescheduled"/>, linked both ways. For a series occurrence the series records
    /// the move (S5.5).
    /// </summary>
    /// <param name="book">The book.</param>
    /// <param name="appointmentId">The appointment to move.</param>
    /// <param name="newLocalStart">The new local start in the appointment's zone.</param>
    /// <param name="actor">Who moves it.</param>
    /// <param name="note">A short administrative note.</param>
    /// <returns>The result; its appointments are the replacement, then the original.</returns>
    public BookingResult Reschedule(ScheduleBook book, AppointmentId appointmentId, LocalDateTime newLocalStart, Actor actor, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(actor);
        if (book.FindAppointment(appointmentId) is not { } original)
        {
            return BookingResult.Fail(book, NotFound(appointmentId));
        }

        var now = _clock.GetCurrentInstant();
        var replacementId = _ids.New<AppointmentId>();
        var marked = original.MarkRescheduled(replacementId, actor, now, note);
        if (marked.Failure)
        {
            return BookingResult.Fail(book, marked.Error);
        }

        var type = book.FindAppointmentType(original.AppointmentTypeId);
        if (type is null)
        {
            return BookingResult.Fail(book, UnknownType(original.AppointmentTypeId));
        }

        var series = original.SeriesId is { } seriesId ? book.FindSeries(seriesId) : null;
        if (series is not null)
        {
            var moved = series.MoveOccurrence(original.OccurrenceId!.Value, newLocalStart, actor, now, note);
            if (moved.Failure)
            {
                return BookingResult.Fail(book, moved.Error);
            }

            series = moved.Value;
        }

        var resolved = ZoneResolver.Resolve(original.Zone, newLocalStart);
        var candidate = new BookingCandidate(
            original.ClinicianId, original.AdditionalClinicians, original.Clients, original.Capacity, type, original.BufferBefore, original.BufferAfter,
            original.LocationId, original.RoomId, original.Zone, resolved.Instant, resolved.Instant + original.Duration, false, original.SeriesId is not null, original.OccurrenceId);
        var working = book.WithAppointment(marked.Value);
        var conflicts = ConflictChecker.Check(working, candidate, now);
        if (conflicts.Count > 0)
        {
            return BookingResult.Refuse(book, conflicts);
        }

        var replacement = NewAppointment(candidate, newLocalStart, actor, now, AppointmentStatus.Scheduled, original.Id, original.SeriesId, note, replacementId);
        working = working.WithAppointment(replacement);
        if (series is not null)
        {
            working = working.WithSeries(series);
        }

        return BookingResult.Accept(working, [replacement, marked.Value], series is null ? null : [series]);
    }

    /// <summary>
    /// Records a client cancellation received at <paramref name="receivedAt"/>, on time or late as the caller's
    /// policy decided (S4.2). A series occurrence that has not started is also cancelled in the series plan.
    /// </summary>
    /// <param name="book">The book.</param>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="receivedAt">When the client's request was received.</param>
    /// <param name="late">Whether the policy judged it late.</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The result.</returns>
    public BookingResult CancelByClient(ScheduleBook book, AppointmentId appointmentId, Actor actor, Instant receivedAt, bool late, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var now = _clock.GetCurrentInstant();
        return Cancel(book, appointmentId, actor, now, a => late ? a.LateCancel(actor, receivedAt, now, reason) : a.CancelByClient(actor, receivedAt, now, reason));
    }

    /// <summary>Records a cancellation by the clinician or the practice; a future series occurrence is also cancelled in the plan.</summary>
    /// <param name="book">The book.</param>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="initiator">The clinician or the practice.</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The result.</returns>
    public BookingResult CancelByPractice(ScheduleBook book, AppointmentId appointmentId, Actor actor, CancellationInitiator initiator, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var now = _clock.GetCurrentInstant();
        return Cancel(book, appointmentId, actor, now, a => a.CancelByPractice(actor, initiator, now, reason));
    }

    /// <summary>Adds a client to a group appointment, checking capacity, new-client eligibility and the client's other bookings.</summary>
    /// <param name="book">The book.</param>
    /// <param name="appointmentId">The group appointment.</param>
    /// <param name="client">The client.</param>
    /// <param name="clientIsNew">Whether the client is new to the practice.</param>
    /// <returns>The result.</returns>
    public BookingResult AddClient(ScheduleBook book, AppointmentId appointmentId, ClientId client, bool clientIsNew)
    {
        ArgumentNullException.ThrowIfNull(book);
        if (book.FindAppointment(appointmentId) is not { } appointment)
        {
            return BookingResult.Fail(book, NotFound(appointmentId));
        }

        var joined = appointment.WithClient(client);
        if (joined.Failure)
        {
            return BookingResult.Fail(book, joined.Error);
        }

        var conflicts = new List<BookingConflict>();
        var type = book.FindAppointmentType(appointment.AppointmentTypeId);
        if (clientIsNew && type is { AllowedForNewClients: false })
        {
            conflicts.Add(new BookingConflict(ConflictKind.NotAllowedForNewClients, SchedulingErrorCodes.NotAllowedForNewClients, SchedulingRules.NewClients,
                $"Appointment type {type.Id} is not offered to new clients (S3.8).", null, client, null, null, appointment.StartInstant, appointment.EndInstant, appointment.OccurrenceId));
        }

        foreach (var existing in book.Calendar.ClientOverlapping(client, appointment.StartInstant, appointment.EndInstant))
        {
            conflicts.Add(new BookingConflict(ConflictKind.ClientDoubleBooked, SchedulingErrorCodes.ClientDoubleBooked, SchedulingRules.ClientDoubleBooking,
                $"Client {client} already has appointment {existing.Id} at {ConflictChecker.Describe(existing.StartInstant, existing.EndInstant, appointment.Zone)} (S3.3).",
                null, client, null, existing.Id, appointment.StartInstant, appointment.EndInstant, appointment.OccurrenceId));
        }

        return conflicts.Count > 0
            ? BookingResult.Refuse(book, conflicts)
            : BookingResult.Accept(book.WithAppointment(joined.Value), [joined.Value]);
    }

    /// <summary>Applies a status transition (confirm, arrive, complete, no-show …) to an appointment of the book.</summary>
    /// <param name="book">The book.</param>
    /// <param name="appointmentId">The appointment.</param>
    /// <param name="transition">The transition, for example <c>a =&gt; a.Confirm(actor, now)</c>.</param>
    /// <returns>The result.</returns>
    public static BookingResult Apply(ScheduleBook book, AppointmentId appointmentId, Func<Appointment, Result<Appointment>> transition)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(transition);
        if (book.FindAppointment(appointmentId) is not { } appointment)
        {
            return BookingResult.Fail(book, NotFound(appointmentId));
        }

        var changed = transition(appointment);
        return changed.Failure
            ? BookingResult.Fail(book, changed.Error)
            : BookingResult.Accept(book.WithAppointment(changed.Value), [changed.Value]);
    }

    private static DomainError NotFound(AppointmentId id) =>
        new(SchedulingErrorCodes.AppointmentNotFound, $"Appointment {id} is not in the schedule.", null, id.ToString());

    private static DomainError UnknownType(AppointmentTypeId id) =>
        new(SchedulingErrorCodes.UnknownAppointmentType, $"Appointment type {id} is not in the schedule.", null, id.ToString());

    private static BookingCandidate Candidate(BookingRequest request, AppointmentType type)
    {
        var resolved = ZoneResolver.Resolve(request.Zone, request.LocalStart);
        return new BookingCandidate(
            request.Clinician,
            request.AdditionalClinicians.IsDefault ? [] : request.AdditionalClinicians,
            request.Clients.IsDefault ? [] : request.Clients,
            type.Capacity,
            type,
            type.BufferBefore,
            type.BufferAfter,
            request.Location,
            request.Room,
            request.Zone,
            resolved.Instant,
            resolved.Instant + type.Duration,
            request.ClientIsNew,
            false,
            null);
    }

    private BookingResult Cancel(ScheduleBook book, AppointmentId appointmentId, Actor actor, Instant now, Func<Appointment, Result<Appointment>> cancel)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (book.FindAppointment(appointmentId) is not { } appointment)
        {
            return BookingResult.Fail(book, NotFound(appointmentId));
        }

        var cancelled = cancel(appointment);
        if (cancelled.Failure)
        {
            return BookingResult.Fail(book, cancelled.Error);
        }

        var working = book.WithAppointment(cancelled.Value);
        if (appointment.SeriesId is { } seriesId && book.FindSeries(seriesId) is { } series && appointment.StartInstant > now)
        {
            var planned = series.CancelOccurrence(appointment.OccurrenceId!.Value, actor, now, cancelled.Value.Cancellation?.Reason);
            if (planned.Success)
            {
                working = working.WithSeries(planned.Value);
                return BookingResult.Accept(working, [cancelled.Value], [planned.Value]);
            }
        }

        return BookingResult.Accept(working, [cancelled.Value]);
    }

    private Appointment NewAppointment(
        in BookingCandidate c,
        LocalDateTime requestedLocal,
        Actor actor,
        Instant now,
        AppointmentStatus status,
        AppointmentId? rescheduledFrom,
        SeriesId? seriesId,
        string? note,
        AppointmentId? id = null)
    {
        var local = ZoneResolver.Resolve(c.Zone, requestedLocal).Local;
        return Appointment.Book(
            id ?? _ids.New<AppointmentId>(),
            c.Clinician,
            c.AdditionalClinicians,
            c.Clients,
            c.Capacity,
            c.Type.Id,
            c.Type.Modality,
            c.BufferBefore,
            c.BufferAfter,
            c.Location,
            c.Room,
            local,
            c.Zone,
            c.Start,
            c.End,
            now,
            actor.UserId,
            status,
            rescheduledFrom,
            seriesId,
            c.OccurrenceId,
            note);
    }
}

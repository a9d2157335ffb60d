using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <content>Recurring series: book, split ("this and all following") and end.</content>
public sealed partial class BookingEngine
{
    /// <summary>
    /// Books a recurring series: every occurrence is expanded (wall-clock time kept across DST, S5.1; gaps and
    /// overlaps by S1.3) and booked as its own appointment, each checked against the book and the occurrences before
    /// it, with the series horizon (S3.6). One conflict refuses the whole series (S3.10); every conflict names its
    /// occurrence.
    /// </summary>
    /// <param name="book">The book.</param>
    /// <param name="request">The request.</param>
    /// <param name="actor">Who books it.</param>
    /// <returns>The result: the appointments in time order and the new series.</returns>
    public BookingResult BookSeries(ScheduleBook book, SeriesRequest request, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(actor);
        var valid = SeriesValidator.Check(request);
        if (valid.Failure)
        {
            return BookingResult.Fail(book, valid.Error);
        }

        if (book.FindAppointmentType(request.AppointmentType) is not { } type)
        {
            return BookingResult.Fail(book, UnknownType(request.AppointmentType));
        }

        var count = RecurringSeries.CountOccurrences(request.Rule, request.StartDate, RecurringSeries.MaximumOccurrences);
        if (count == 0)
        {
            return BookingResult.Fail(book, new DomainError(SchedulingErrorCodes.SeriesEmpty, $"The rule {request.Rule} produces no occurrence from {request.StartDate}.", SchedulingRules.SeriesEnd));
        }

        if (count > RecurringSeries.MaximumOccurrences)
        {
            return BookingResult.Fail(book, new DomainError(SchedulingErrorCodes.SeriesTooLong, $"The rule {request.Rule} produces more than {RecurringSeries.MaximumOccurrences} occurrences.", SchedulingRules.SeriesLength));
        }

        var now = _clock.GetCurrentInstant();
        var template = new SeriesTemplate(
            request.Clinician,
            request.AdditionalClinicians.IsDefault ? [] : request.AdditionalClinicians,
            request.Clients,
            type.Capacity,
            type.Id,
            type.Modality,
            type.Duration,
            type.BufferBefore,
            type.BufferAfter,
            request.Location,
            request.Room);
        var series = RecurringSeries.Create(_ids.New<SeriesId>(), template, request.Zone, request.StartDate, request.TimeOfDay, request.Rule, now, actor.UserId);
        return BookOccurrences(book, book, series, type, request.ClientIsNew, actor, now, [series], []);
    }

    /// <summary>
    /// Splits a series at a future occurrence ("this and all following", S5.6): the series ends the day before, a
    /// continuation with <paramref name="change"/> applied is booked from that occurrence on (every conflict
    /// checked, all-or-nothing), and the original's future appointments from that occurrence on are rescheduled to
    /// the continuation's appointment on the same date or, where it has none, cancelled by the practice. Earlier
    /// occurrences and their appointments are untouched (S5.7).
    /// </summary>
    /// <param name="book">The book.</param>
    /// <param name="seriesId">The series.</param>
    /// <param name="occurrenceId">The first occurrence to change (its original local start).</param>
    /// <param name="change">What changes.</param>
    /// <param name="actor">Who changes it.</param>
    /// <returns>The result: the continuation's appointments, then the replaced ones; the original and the continuation series.</returns>
    public BookingResult SplitSeries(ScheduleBook book, SeriesId seriesId, LocalDateTime occurrenceId, SeriesChange change, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(actor);
        if (book.FindSeries(seriesId) is not { } series)
        {
            return BookingResult.Fail(book, SeriesNotFound(seriesId));
        }

        if (book.FindAppointmentType(series.AppointmentTypeId) is not { } type)
        {
            return BookingResult.Fail(book, UnknownType(series.AppointmentTypeId));
        }

        var now = _clock.GetCurrentInstant();
        var split = series.SplitAt(occurrenceId, change, _ids.New<SeriesId>(), actor, now);
        if (split.Failure)
        {
            return BookingResult.Fail(book, split.Error);
        }

        var affected = Affected(book, seriesId, occurrenceId);
        var working = affected.Aggregate(book, (b, a) => new ScheduleBook(b.Calendar.Without(a.Id), b.Availability, b.AppointmentTypes, b.Series));
        return BookOccurrences(book, working, split.Value.Continuation, type, false, actor, now, [split.Value.Original, split.Value.Continuation], affected);
    }

    /// <summary>
    /// Ends a series before a future occurrence ("cancel this and all following", S5.6): the series stops the day
    /// before and every future appointment from that occurrence on is cancelled, by the client or by the practice.
    /// </summary>
    /// <param name="book">The book.</param>
    /// <param name="seriesId">The series.</param>
    /// <param name="occurrenceId">The first occurrence to drop.</param>
    /// <param name="actor">Who ends it.</param>
    /// <param name="initiator">Who asked.</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The result: the cancelled appointments and the shortened series.</returns>
    public BookingResult EndSeries(ScheduleBook book, SeriesId seriesId, LocalDateTime occurrenceId, Actor actor, CancellationInitiator initiator, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(actor);
        if (book.FindSeries(seriesId) is not { } series)
        {
            return BookingResult.Fail(book, SeriesNotFound(seriesId));
        }

        var now = _clock.GetCurrentInstant();
        var ended = series.EndBefore(occurrenceId, actor, now);
        if (ended.Failure)
        {
            return BookingResult.Fail(book, ended.Error);
        }

        var working = book.WithSeries(ended.Value);
        var changed = new List<Appointment>();
        foreach (var appointment in Affected(book, seriesId, occurrenceId))
        {
            var cancelled = initiator == CancellationInitiator.Client
                ? appointment.CancelByClient(actor, now, now, reason ?? "series_ended")
                : appointment.CancelByPractice(actor, initiator, now, reason ?? "series_ended");
            if (cancelled.Failure)
            {
                return BookingResult.Fail(book, cancelled.Error);
            }

            changed.Add(cancelled.Value);
            working = working.WithAppointment(cancelled.Value);
        }

        return BookingResult.Accept(working, changed, [ended.Value]);
    }

    private static DomainError SeriesNotFound(SeriesId id) =>
        new(SchedulingErrorCodes.SeriesNotFound, $"Series {id} is not in the schedule.", null, id.ToString());

    /// <summary>The original's appointments at or after the occurrence that still hold their time and have not started.</summary>
    private static List<Appointment> Affected(ScheduleBook book, SeriesId seriesId, LocalDateTime occurrenceId) =>
        book.Calendar.SeriesAppointments(seriesId)
            .Where(a => a.OccurrenceId >= occurrenceId && a.Status is AppointmentStatus.Requested or AppointmentStatus.Scheduled or AppointmentStatus.Confirmed)
            .ToList();

    private BookingResult BookOccurrences(
        ScheduleBook original,
        ScheduleBook working,
        RecurringSeries series,
        AppointmentTypes.AppointmentType type,
        bool clientIsNew,
        Actor actor,
        Instant now,
        RecurringSeries[] seriesToSave,
        List<Appointment> replaced)
    {
        var conflicts = new List<BookingConflict>();
        var created = new List<Appointment>();
        foreach (var occurrence in series.ExpandAll())
        {
            if (occurrence.Start <= now && replaced.Count > 0)
            {
                // A continuation never books into the past (S5.7).
                continue;
            }

            var candidate = new BookingCandidate(
                series.ClinicianId, series.AdditionalClinicians, series.Clients, series.Capacity, type, series.BufferBefore, series.BufferAfter,
                series.LocationId, series.RoomId, series.Zone, occurrence.Start, occurrence.End, clientIsNew, true, occurrence.OccurrenceId);
            var before = conflicts.Count;
            ConflictChecker.Check(working, candidate, now, conflicts);
            if (conflicts.Count > before)
            {
                continue;
            }

            var predecessor = replaced.FirstOrDefault(a => a.OccurrenceId!.Value.Date == occurrence.OccurrenceId.Date);
            var appointment = Appointment.Book(
                _ids.New<AppointmentId>(), series.ClinicianId, series.AdditionalClinicians, series.Clients, series.Capacity, type.Id, series.Modality,
                series.BufferBefore, series.BufferAfter, series.LocationId, series.RoomId, occurrence.LocalStart, series.Zone, occurrence.Start, occurrence.End,
                now, actor.UserId, AppointmentStatus.Scheduled, predecessor?.Id, series.Id, occurrence.OccurrenceId, null);
            created.Add(appointment);
            working = working.WithAppointment(appointment);
        }

        if (conflicts.Count > 0)
        {
            return BookingResult.Refuse(original, conflicts);
        }

        var changed = new List<Appointment>();
        foreach (var old in replaced)
        {
            var successor = created.FirstOrDefault(a => a.OccurrenceId!.Value.Date == old.OccurrenceId!.Value.Date);
            var updated = successor is not null
                ? old.MarkRescheduled(successor.Id, actor, now, "series_changed")
                : old.CancelByPractice(actor, CancellationInitiator.Practice, now, "series_changed");
            if (updated.Failure)
            {
                return BookingResult.Fail(original, updated.Error);
            }

            changed.Add(updated.Value);
            working = working.WithAppointment(updated.Value);
        }

        foreach (var s in seriesToSave)
        {
            working = working.WithSeries(s);
        }

        return BookingResult.Accept(working, created.Concat(changed), seriesToSave);
    }
}

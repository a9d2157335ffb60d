using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <content>Per-occurrence exceptions, split and end (S5.5–S5.7).</content>
public sealed partial class RecurringSeries
{
    /// <summary>Creates a new series (before any occurrence is booked).</summary>
    /// <param name="id">The id.</param>
    /// <param name="template">The appointment template.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="startDate">The first date.</param>
    /// <param name="timeOfDay">The wall-clock start.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="createdAt">When.</param>
    /// <param name="createdBy">Who.</param>
    /// <returns>The series.</returns>
    internal static RecurringSeries Create(SeriesId id, SeriesTemplate template, DateTimeZone zone, LocalDate startDate, LocalTime timeOfDay, RecurrenceRule rule, Instant createdAt, UserId createdBy) =>
        new(id, template.Clinician, template.AdditionalClinicians, template.Clients, template.Capacity, template.AppointmentTypeId, template.Modality,
            template.Duration, template.BufferBefore, template.BufferAfter, template.Location, template.Room, zone, startDate, timeOfDay, rule, [], null, null, createdAt, createdBy, 0);

    /// <summary>Cancels one future occurrence (S5.5). The rule's count still counts it (S5.3).</summary>
    /// <param name="occurrenceId">The occurrence's original local start.</param>
    /// <param name="actor">Who cancels it.</param>
    /// <param name="at">When; the occurrence must not have started (S5.7).</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The series with the exception, or a refusal.</returns>
    public Result<RecurringSeries> CancelOccurrence(LocalDateTime occurrenceId, Actor actor, Instant at, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(occurrenceId, at) is { } refusal)
        {
            return refusal;
        }

        return Copy(exceptions: Exceptions.RemoveAll(e => e.OccurrenceId == occurrenceId)
            .Add(new OccurrenceException(occurrenceId, OccurrenceExceptionKind.Cancelled, null, actor.UserId, at, reason)));
    }

    /// <summary>Moves one future occurrence to another local start in the series' zone (S5.5).</summary>
    /// <param name="occurrenceId">The occurrence's original local start.</param>
    /// <param name="newLocalStart">The new local start; resolved by S1.3 and not in the past.</param>
    /// <param name="actor">Who moves it.</param>
    /// <param name="at">When; the occurrence must not have started (S5.7).</param>
    /// <param name="reason">A short administrative reason code.</param>
    /// <returns>The series with the exception, or a refusal.</returns>
    public Result<RecurringSeries> MoveOccurrence(LocalDateTime occurrenceId, LocalDateTime newLocalStart, Actor actor, Instant at, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(occurrenceId, at) is { } refusal)
        {
            return refusal;
        }

        if (Zones.ZoneResolver.Resolve(Zone, newLocalStart).Instant <= at)
        {
            return Refuse(SchedulingErrorCodes.OccurrenceInPast, $"Series {Id}: an occurrence cannot be moved to {newLocalStart}, which is not in the future.", SchedulingRules.PastUntouched);
        }

        return Copy(exceptions: Exceptions.RemoveAll(e => e.OccurrenceId == occurrenceId)
            .Add(new OccurrenceException(occurrenceId, OccurrenceExceptionKind.Moved, newLocalStart, actor.UserId, at, reason)));
    }

    /// <summary>
    /// Splits the series at a future occurrence ("this and all following", S5.6): this series ends the day before
    /// the occurrence, keeping every earlier occurrence and exception as it was (S5.7), and a continuation with
    /// <paramref name="continuationId"/> starts on the occurrence's date with <paramref name="change"/> applied.
    /// Exceptions at or after the split are carried to the continuation when it has an occurrence on the same date
    /// (re-keyed to its time) and reported as dropped otherwise. A count-based rule continues with the remaining
    /// count (cancelled occurrences included); an until-based rule keeps its until-date.
    /// </summary>
    /// <param name="occurrenceId">The occurrence's original local start.</param>
    /// <param name="change">What changes.</param>
    /// <param name="continuationId">The continuation's id.</param>
    /// <param name="actor">Who splits it.</param>
    /// <param name="at">When; the occurrence must not have started.</param>
    /// <returns>The split, or a refusal.</returns>
    public Result<SeriesSplit> SplitAt(LocalDateTime occurrenceId, SeriesChange change, SeriesId continuationId, Actor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        if (continuationId.Value == Guid.Empty || continuationId == Id)
        {
            throw new ArgumentException("The continuation needs its own id.", nameof(continuationId));
        }

        if (ContinuedBy is not null)
        {
            return Result<SeriesSplit>.ForError(new DomainError(SchedulingErrorCodes.SeriesEnded, $"Series {Id} was already continued by {ContinuedBy}.", SchedulingRules.Split, Id.ToString()));
        }

        if (FindOccurrence(occurrenceId) is not { } occurrence)
        {
            return NotFound<SeriesSplit>(occurrenceId);
        }

        if (PlannedStart(occurrenceId) <= at)
        {
            return Result<SeriesSplit>.ForError(new DomainError(
                SchedulingErrorCodes.SplitInPast,
                $"Series {Id}: the occurrence of {occurrenceId} has started or passed; only future occurrences can be split off (S5.7).",
                SchedulingRules.PastUntouched,
                Id.ToString()));
        }

        var splitDate = occurrenceId.Date;
        var remainingRule = change.Rule ?? (Rule.Count is { } count ? Rule.WithCount(count - occurrence.Index) : Rule);
        var timeOfDay = change.TimeOfDay ?? TimeOfDay;
        var continuation = new RecurringSeries(
            continuationId,
            change.Clinician ?? ClinicianId,
            change.Clinician is { } lead ? AdditionalClinicians.Remove(lead) : AdditionalClinicians,
            Clients,
            Capacity,
            AppointmentTypeId,
            Modality,
            change.Duration ?? Duration,
            BufferBefore,
            BufferAfter,
            change.Location ?? LocationId,
            change.Room ?? RoomId,
            change.Zone ?? Zone,
            splitDate,
            timeOfDay,
            remainingRule,
            [],
            Id,
            null,
            at,
            actor.UserId,
            0);

        var continuationDates = continuation.ExpandAll(includeCancelled: true).Select(o => o.OccurrenceId.Date).ToHashSet();
        var carried = ImmutableArray.CreateBuilder<OccurrenceException>();
        var dropped = ImmutableArray.CreateBuilder<OccurrenceException>();
        foreach (var exception in Exceptions.Where(e => e.OccurrenceId >= occurrenceId))
        {
            if (continuationDates.Contains(exception.OccurrenceId.Date))
            {
                carried.Add(new OccurrenceException(exception.OccurrenceId.Date + timeOfDay, exception.Kind, exception.MovedTo, exception.RecordedBy, exception.RecordedAt, exception.Reason));
            }
            else
            {
                dropped.Add(exception);
            }
        }

        var truncated = Copy(
            exceptions: Exceptions.RemoveAll(e => e.OccurrenceId >= occurrenceId),
            rule: Rule.WithUntil(splitDate.PlusDays(-1)),
            continuedBy: continuationId);
        var withCarried = new RecurringSeries(
            continuation.Id, continuation.ClinicianId, continuation.AdditionalClinicians, continuation.Clients, continuation.Capacity, continuation.AppointmentTypeId,
            continuation.Modality, continuation.Duration, continuation.BufferBefore, continuation.BufferAfter, continuation.LocationId, continuation.RoomId,
            continuation.Zone, continuation.StartDate, continuation.TimeOfDay, continuation.Rule, carried.ToImmutable(), Id, null, at, actor.UserId, 0);
        return new SeriesSplit(truncated, withCarried, carried.ToImmutable(), dropped.ToImmutable());
    }

    /// <summary>Ends the series before a future occurrence ("cancel this and all following"); earlier occurrences stay (S5.6, S5.7).</summary>
    /// <param name="occurrenceId">The first occurrence to drop.</param>
    /// <param name="actor">Who ends it.</param>
    /// <param name="at">When; the occurrence must not have started.</param>
    /// <returns>The shortened series, or a refusal.</returns>
    public Result<RecurringSeries> EndBefore(LocalDateTime occurrenceId, Actor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (ContinuedBy is not null)
        {
            return Refuse(SchedulingErrorCodes.SeriesEnded, $"Series {Id} was already continued by {ContinuedBy}.", SchedulingRules.Split);
        }

        if (FindOccurrence(occurrenceId) is null)
        {
            return NotFound<RecurringSeries>(occurrenceId);
        }

        if (PlannedStart(occurrenceId) <= at)
        {
            return Refuse(SchedulingErrorCodes.SplitInPast, $"Series {Id}: the occurrence of {occurrenceId} has started or passed (S5.7).", SchedulingRules.PastUntouched);
        }

        return Copy(exceptions: Exceptions.RemoveAll(e => e.OccurrenceId >= occurrenceId), rule: Rule.WithUntil(occurrenceId.Date.PlusDays(-1)));
    }

    private Instant PlannedStart(LocalDateTime occurrenceId) => Zones.ZoneResolver.Resolve(Zone, occurrenceId).Instant;

    private Result<RecurringSeries>? Check(LocalDateTime occurrenceId, Instant at)
    {
        if (FindOccurrence(occurrenceId) is not { } occurrence)
        {
            return NotFound<RecurringSeries>(occurrenceId);
        }

        if (occurrence.State == OccurrenceState.Cancelled)
        {
            return Refuse(SchedulingErrorCodes.OccurrenceAlreadyCancelled, $"Series {Id}: the occurrence of {occurrenceId} is already cancelled.", SchedulingRules.OccurrenceExceptions);
        }

        if (occurrence.Start <= at || PlannedStart(occurrenceId) <= at)
        {
            return Refuse(SchedulingErrorCodes.OccurrenceInPast, $"Series {Id}: the occurrence of {occurrenceId} has started or passed and is not changed (S5.7).", SchedulingRules.PastUntouched);
        }

        return null;
    }

    private Result<T> NotFound<T>(LocalDateTime occurrenceId) => Result<T>.ForError(new DomainError(
        SchedulingErrorCodes.OccurrenceNotFound,
        $"Series {Id} has no occurrence at {occurrenceId}.",
        SchedulingRules.OccurrenceExceptions,
        Id.ToString()));

    private Result<RecurringSeries> Refuse(string code, string message, string ruleId) =>
        Result<RecurringSeries>.ForError(new DomainError(code, message, ruleId, Id.ToString()));
}

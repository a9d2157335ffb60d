using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Booking;
using CounselingRecords.Validation;
using NodaTime;

namespace CounselingRecords.Scheduling.Slots;

/// <summary>
/// Finds the next free slots for an appointment type across one or many clinicians (S6.1): inside each
/// clinician's availability, on the step grid from local midnight in each clinician's zone, honouring buffers, existing bookings of
/// the clinician, the client and the room, minimum notice, horizon and caps. Busy time is skipped with the
/// interval index (a collision jumps past the latest blocking end), and every slot returned passes the same
/// conflict check as booking, so booking a returned slot is accepted. Slots are earliest first (ties by clinician
/// order in the query), shown in the client's zone.
/// </summary>
public sealed class SlotFinder
{
    private static readonly SlotQueryValidator Validator = new();
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="SlotFinder"/> class.</summary>
    /// <param name="clock">The clock that says what "now" is.</param>
    public SlotFinder(IClock clock) => _clock = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>Finds the next <see cref="SlotQuery.Count"/> free slots.</summary>
    /// <param name="book">The book.</param>
    /// <param name="query">The query.</param>
    /// <returns>The slots, earliest first, or a validation error.</returns>
    public Result<ImmutableArray<Slot>> FindNext(ScheduleBook book, SlotQuery query)
    {
        ArgumentNullException.ThrowIfNull(book);
        var valid = Validator.Check(query);
        if (valid.Failure)
        {
            return Result<ImmutableArray<Slot>>.ForError(valid.Error);
        }

        if (book.FindAppointmentType(query.AppointmentType) is not { } type)
        {
            return Result<ImmutableArray<Slot>>.ForError(new DomainError(SchedulingErrorCodes.UnknownAppointmentType, $"Appointment type {query.AppointmentType} is not in the schedule.", null, query.AppointmentType.ToString()));
        }

        var now = _clock.GetCurrentInstant();
        var perClinician = new List<Slot>[query.Clinicians.Length];
        for (var i = 0; i < query.Clinicians.Length; i++)
        {
            perClinician[i] = Search(book, query, type, query.Clinicians[i], now);
        }

        // Merge the per-clinician lists (each earliest first) and keep the first Count.
        var result = ImmutableArray.CreateBuilder<Slot>(query.Count);
        var positions = new int[perClinician.Length];
        while (result.Count < query.Count)
        {
            var best = -1;
            for (var i = 0; i < perClinician.Length; i++)
            {
                if (positions[i] < perClinician[i].Count && (best < 0 || perClinician[i][positions[i]].Start < perClinician[best][positions[best]].Start))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                break;
            }

            result.Add(perClinician[best][positions[best]++]);
        }

        return result.ToImmutable();
    }

    private static List<Slot> Search(ScheduleBook book, SlotQuery query, AppointmentType type, ClinicianId clinician, Instant now)
    {
        var slots = new List<Slot>();
        if (book.AvailabilityOf(clinician) is not { } availability)
        {
            return slots;
        }

        var rules = availability.Rules;
        var from = Max(query.From, now + rules.MinimumNotice);
        var to = Min(query.To, now + rules.MaximumAdvance + type.Duration);
        if (to <= from)
        {
            return slots;
        }

        var step = query.EffectiveStep;
        var calendar = book.Calendar;
        foreach (var window in availability.AvailableIntervals(from, to, query.Location))
        {
            // Candidates lie on the step grid from local midnight in the clinician's zone (09:00, 09:15, … for 15 minutes).
            var blockStart = ConflictChecker.DayOf(window.Start, availability.Zone).Start;
            var t = Align(blockStart, window.Start, step);
            while (t + type.Duration <= window.End && slots.Count < query.Count)
            {
                var end = t + type.Duration;
                if (calendar.ClinicianBusy(clinician, t - type.BufferBefore, end + type.BufferAfter, out var busyUntil))
                {
                    t = Align(blockStart, busyUntil + type.BufferBefore, step);
                    continue;
                }

                if (query.Client is { } client && calendar.ClientBusy(client, t, end, out var clientBusyUntil))
                {
                    t = Align(blockStart, clientBusyUntil, step);
                    continue;
                }

                if (query.Room is { } room && calendar.RoomBusy(room, t, end, out var roomBusyUntil))
                {
                    t = Align(blockStart, roomBusyUntil, step);
                    continue;
                }

                var candidate = new BookingCandidate(
                    clinician, [], query.Client is { } c ? [c] : [], type.Capacity, type, type.BufferBefore, type.BufferAfter,
                    query.Location, query.Room, availability.Zone, t, end, query.ClientIsNew, false, null);
                var conflicts = ConflictChecker.Check(book, candidate, now);
                if (conflicts.Count == 0)
                {
                    slots.Add(new Slot(clinician, t, end, t.InZone(query.ClientZone), t.InZone(availability.Zone), query.Location));
                    t += step;
                }
                else if (conflicts.TrueForAll(x => x.Kind == Booking.ConflictKind.CapReached))
                {
                    // The day or week is full: go to the next window.
                    break;
                }
                else
                {
                    t += step;
                }
            }

            if (slots.Count >= query.Count)
            {
                break;
            }
        }

        return slots;
    }

    private static Instant Align(Instant origin, Instant atLeast, Duration step)
    {
        if (atLeast <= origin)
        {
            return origin;
        }

        var steps = (long)Math.Ceiling((atLeast - origin).TotalTicks / step.TotalTicks);
        return origin + (step * steps);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}

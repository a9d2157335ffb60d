using System.Globalization;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Rules;
using CounselingRecords.Scheduling.Zones;
using NodaTime;

namespace CounselingRecords.Scheduling.Booking;

/// <summary>Finds every reason a candidate cannot be booked into a book at a given instant (S2.4, S3.1–S3.9).</summary>
internal static class ConflictChecker
{
    public static List<BookingConflict> Check(ScheduleBook book, in BookingCandidate c, Instant now)
    {
        var conflicts = new List<BookingConflict>();
        Check(book, c, now, conflicts);
        return conflicts;
    }

    public static void Check(ScheduleBook book, in BookingCandidate c, Instant now, List<BookingConflict> conflicts)
    {
        var when = Describe(c.Start, c.End, c.Zone);
        if (!c.Clients.IsDefault && c.Clients.Length > c.Capacity)
        {
            Add(conflicts, c, ConflictKind.CapacityExceeded, SchedulingErrorCodes.CapacityExceeded, SchedulingRules.Capacity,
                $"{c.Clients.Length} clients exceed the capacity of {c.Capacity} of appointment type {c.Type.Id} (S3.9, R1.13).");
        }

        if (c.ClientIsNew && !c.Type.AllowedForNewClients)
        {
            Add(conflicts, c, ConflictKind.NotAllowedForNewClients, SchedulingErrorCodes.NotAllowedForNewClients, SchedulingRules.NewClients,
                $"Appointment type {c.Type.Id} is not offered to new clients (S3.8).");
        }

        var blockedStart = c.Start - c.BufferBefore;
        var blockedEnd = c.End + c.BufferAfter;
        foreach (var clinician in c.Clinicians)
        {
            var availability = book.AvailabilityOf(clinician);
            var rules = availability?.Rules ?? BookingRules.Unrestricted;
            if (availability is null)
            {
                Add(conflicts, c, ConflictKind.OutsideAvailability, SchedulingErrorCodes.OutsideAvailability, SchedulingRules.InsideAvailability,
                    $"Clinician {clinician} has no working hours defined, so {when} is outside availability (S2.4).", clinician: clinician);
            }
            else if (!availability.Covers(c.Start, c.End, c.Location))
            {
                Add(conflicts, c, ConflictKind.OutsideAvailability, SchedulingErrorCodes.OutsideAvailability, SchedulingRules.InsideAvailability,
                    $"{when} is outside the working hours of clinician {clinician}{(c.Location is { } l ? " at location " + l : string.Empty)} (S2.1–S2.4).", clinician: clinician);
            }

            var notice = c.Start - now;
            if (notice < rules.MinimumNotice)
            {
                Add(conflicts, c, ConflictKind.NoticeTooShort, SchedulingErrorCodes.NoticeTooShort, SchedulingRules.MinimumNotice,
                    string.Format(CultureInfo.InvariantCulture, "{0} is {1:0.##} h from now; clinician {2} needs at least {3:0.##} h notice (S3.5, elapsed as in R4.9).", when, notice.TotalHours, clinician, rules.MinimumNotice.TotalHours),
                    clinician: clinician);
            }

            var horizon = c.IsSeries ? rules.SeriesMaximumAdvance : rules.MaximumAdvance;
            if (notice > horizon)
            {
                Add(conflicts, c, ConflictKind.BeyondHorizon, SchedulingErrorCodes.BeyondHorizon, SchedulingRules.Horizon,
                    string.Format(CultureInfo.InvariantCulture, "{0} is {1:0.#} days ahead; clinician {2} books {3} up to {4:0.#} days ahead (S3.6).", when, notice.TotalDays, clinician, c.IsSeries ? "series" : "single appointments", horizon.TotalDays),
                    clinician: clinician);
            }

            CheckCaps(book, c, clinician, availability?.Zone ?? c.Zone, rules, conflicts, when);

            foreach (var existing in book.Calendar.ClinicianBlockedOverlapping(clinician, blockedStart, blockedEnd))
            {
                var coreOverlap = existing.StartInstant < c.End && c.Start < existing.EndInstant;
                if (coreOverlap)
                {
                    Add(conflicts, c, ConflictKind.ClinicianDoubleBooked, SchedulingErrorCodes.ClinicianDoubleBooked, SchedulingRules.ClinicianDoubleBooking,
                        $"Clinician {clinician} already has appointment {existing.Id} at {Describe(existing.StartInstant, existing.EndInstant, c.Zone)}, overlapping {when} (S3.1).",
                        clinician: clinician, conflicting: existing.Id);
                }
                else
                {
                    Add(conflicts, c, ConflictKind.InsideBuffer, SchedulingErrorCodes.InsideBuffer, SchedulingRules.Buffers,
                        string.Format(
                            CultureInfo.InvariantCulture,
                            "{0} with buffers {1:0}/{2:0} min overlaps appointment {3} of clinician {4} at {5} with its buffers {6:0}/{7:0} min (S3.2).",
                            when,
                            c.BufferBefore.TotalMinutes,
                            c.BufferAfter.TotalMinutes,
                            existing.Id,
                            clinician,
                            Describe(existing.StartInstant, existing.EndInstant, c.Zone),
                            existing.BufferBefore.TotalMinutes,
                            existing.BufferAfter.TotalMinutes),
                        clinician: clinician,
                        conflicting: existing.Id);
                }
            }
        }

        if (!c.Clients.IsDefault)
        {
            foreach (var client in c.Clients)
            {
                foreach (var existing in book.Calendar.ClientOverlapping(client, c.Start, c.End))
                {
                    Add(conflicts, c, ConflictKind.ClientDoubleBooked, SchedulingErrorCodes.ClientDoubleBooked, SchedulingRules.ClientDoubleBooking,
                        $"Client {client} already has appointment {existing.Id} at {Describe(existing.StartInstant, existing.EndInstant, c.Zone)}, overlapping {when} (S3.3).",
                        client: client, conflicting: existing.Id);
                }
            }
        }

        if (c.Room is { } room)
        {
            foreach (var existing in book.Calendar.RoomOverlapping(room, c.Start, c.End))
            {
                Add(conflicts, c, ConflictKind.RoomTaken, SchedulingErrorCodes.RoomTaken, SchedulingRules.RoomDoubleBooking,
                    $"Room {room} is taken by appointment {existing.Id} at {Describe(existing.StartInstant, existing.EndInstant, c.Zone)}, overlapping {when} (S3.4).",
                    room: room, conflicting: existing.Id);
            }
        }
    }

    /// <summary>The local day [start, end) containing <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static (Instant Start, Instant End) DayOf(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        return (ZoneResolver.Resolve(zone, date.AtMidnight()).Instant, ZoneResolver.Resolve(zone, date.PlusDays(1).AtMidnight()).Instant);
    }

    /// <summary>The ISO week (Monday to Sunday) [start, end) containing <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static (Instant Start, Instant End) WeekOf(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        var monday = date.PlusDays(-((int)date.DayOfWeek - 1));
        return (ZoneResolver.Resolve(zone, monday.AtMidnight()).Instant, ZoneResolver.Resolve(zone, monday.PlusDays(7).AtMidnight()).Instant);
    }

    public static string Describe(Instant start, Instant end, DateTimeZone zone)
    {
        var s = start.InZone(zone).LocalDateTime;
        var e = end.InZone(zone).LocalDateTime;
        return string.Format(CultureInfo.InvariantCulture, "{0:uuuu-MM-dd HH:mm}–{1:HH:mm} {2}", s, e, zone.Id);
    }

    private static void CheckCaps(ScheduleBook book, in BookingCandidate c, ClinicianId clinician, DateTimeZone zone, BookingRules rules, List<BookingConflict> conflicts, string when)
    {
        if (rules.DailyCap is { } daily)
        {
            var (dayStart, dayEnd) = DayOf(c.Start, zone);
            var count = book.Calendar.CountStarting(clinician, dayStart, dayEnd);
            if (count >= daily)
            {
                Add(conflicts, c, ConflictKind.CapReached, SchedulingErrorCodes.DailyCapReached, SchedulingRules.Caps,
                    string.Format(CultureInfo.InvariantCulture, "Clinician {0} already has {1} appointment(s) on {2:uuuu-MM-dd}; the daily cap is {3} ({4}, S3.7).", clinician, count, c.Start.InZone(zone).Date, daily, when),
                    clinician: clinician);
            }
        }

        if (rules.WeeklyCap is { } weekly)
        {
            var (weekStart, weekEnd) = WeekOf(c.Start, zone);
            var count = book.Calendar.CountStarting(clinician, weekStart, weekEnd);
            if (count >= weekly)
            {
                Add(conflicts, c, ConflictKind.CapReached, SchedulingErrorCodes.WeeklyCapReached, SchedulingRules.Caps,
                    string.Format(CultureInfo.InvariantCulture, "Clinician {0} already has {1} appointment(s) in the week of {2:uuuu-MM-dd}; the weekly cap is {3} ({4}, S3.7).", clinician, count, weekStart.InZone(zone).Date, weekly, when),
                    clinician: clinician);
            }
        }
    }

    private static void Add(
        List<BookingConflict> conflicts,
        in BookingCandidate c,
        ConflictKind kind,
        string code,
        string rule,
        string message,
        ClinicianId? clinician = null,
        ClientId? client = null,
        RoomId? room = null,
        AppointmentId? conflicting = null) =>
        conflicts.Add(new BookingConflict(kind, code, rule, message, clinician, client, room, conflicting, c.Start, c.End, c.OccurrenceId));
}

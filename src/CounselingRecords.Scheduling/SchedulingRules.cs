namespace CounselingRecords.Scheduling;

/// <summary>
/// Ids of the scheduling rules (S1–S7) that decisions in this package cite. The shared rule catalogue has no
/// scheduling chapter; these rules are derived from the scheduling anchors (appointment, recurrence,
/// availability and waitlist field lists) and are written out in <c>docs/scheduling.md</c>, where each id is
/// explained with its examples. Where a shared rule also applies (R4.9 time math, R1.13 group size) it is cited
/// beside the S-id.
/// </summary>
public static class SchedulingRules
{
    /// <summary>S1.1: an appointment is stored as local date-time, IANA zone and the resolved instants; the instant decides conflicts and display converts it to the viewer's zone.</summary>
    public const string StoredTime = "S1.1";

    /// <summary>S1.2: changing a practice, location, clinician or client zone never moves an existing appointment.</summary>
    public const string ZoneChangeKeepsAppointments = "S1.2";

    /// <summary>S1.3: a local time in a spring-forward gap is shifted forward by the gap length; in an autumn overlap the earlier instant is taken.</summary>
    public const string LocalTimeResolution = "S1.3";

    /// <summary>S2.1: a clinician is bookable inside the working blocks of the weekly schedule in force on that local date, at that location.</summary>
    public const string WorkingBlocks = "S2.1";

    /// <summary>S2.2: weekly schedules are effective-dated; the one with the latest start on or before the date applies.</summary>
    public const string EffectiveDating = "S2.2";

    /// <summary>S2.3: extra hours add availability; time off and holidays remove it, and removal wins.</summary>
    public const string Exceptions = "S2.3";

    /// <summary>S2.4: the appointment itself (not its buffers) must lie inside availability.</summary>
    public const string InsideAvailability = "S2.4";

    /// <summary>S3.1: a clinician cannot have two blocking appointments whose times overlap.</summary>
    public const string ClinicianDoubleBooking = "S3.1";

    /// <summary>S3.2: the buffered intervals (buffer before + appointment + buffer after) of one clinician's appointments never overlap.</summary>
    public const string Buffers = "S3.2";

    /// <summary>S3.3: a client cannot have two blocking appointments whose times overlap.</summary>
    public const string ClientDoubleBooking = "S3.3";

    /// <summary>S3.4: a room holds one blocking appointment at a time.</summary>
    public const string RoomDoubleBooking = "S3.4";

    /// <summary>S3.5: the start must be at least the minimum notice after the booking instant (elapsed time, as R4.9 measures notice).</summary>
    public const string MinimumNotice = "S3.5";

    /// <summary>S3.6: the start must be no further than the maximum advance after the booking instant (the series horizon for recurring bookings).</summary>
    public const string Horizon = "S3.6";

    /// <summary>S3.7: daily and weekly caps count a clinician's blocking appointments by local date and ISO week in the clinician's zone.</summary>
    public const string Caps = "S3.7";

    /// <summary>S3.8: an appointment type not allowed for new clients cannot be booked for a new client.</summary>
    public const string NewClients = "S3.8";

    /// <summary>S3.9: an appointment holds at most its type's capacity of clients (a group's size limit is configurable, R1.13).</summary>
    public const string Capacity = "S3.9";

    /// <summary>S3.10: a booking is all-or-nothing: one conflict refuses every appointment of the request.</summary>
    public const string AllOrNothing = "S3.10";

    /// <summary>S4.1: the status lifecycle and its allowed transitions; each transition records actor and instant.</summary>
    public const string Lifecycle = "S4.1";

    /// <summary>S4.2: a cancellation received at or after the start is a no-show (R4.9).</summary>
    public const string CancellationBeforeStart = "S4.2";

    /// <summary>S4.3: a no-show is recorded only once the start has passed.</summary>
    public const string NoShowAfterStart = "S4.3";

    /// <summary>S4.4: a rescheduled appointment links to its replacement and the replacement back to it.</summary>
    public const string RescheduleLinks = "S4.4";

    /// <summary>S5.1: every occurrence keeps the series' wall-clock time in the series' zone, across DST changes.</summary>
    public const string WallClock = "S5.1";

    /// <summary>S5.2: monthly-by-weekday series skip months without the nth weekday; "last" always exists.</summary>
    public const string MonthlyNthWeekday = "S5.2";

    /// <summary>S5.3: a series ends by count or by until-date; cancelled occurrences still count.</summary>
    public const string SeriesEnd = "S5.3";

    /// <summary>S5.4: a series produces at most <c>RecurringSeries.MaximumOccurrences</c> occurrences.</summary>
    public const string SeriesLength = "S5.4";

    /// <summary>S5.5: an occurrence can be cancelled or moved on its own; the exception is keyed by its original local start.</summary>
    public const string OccurrenceExceptions = "S5.5";

    /// <summary>S5.6: "this and all following" ends the series before the occurrence and starts a continuation; exceptions follow only where the continuation has the same date.</summary>
    public const string Split = "S5.6";

    /// <summary>S5.7: occurrences that have started or passed are never changed by series edits.</summary>
    public const string PastUntouched = "S5.7";

    /// <summary>S6.1: slot search returns only slots that booking would accept, earliest first, shown in the client's zone.</summary>
    public const string SlotSearch = "S6.1";

    /// <summary>S7.1: a waitlist entry matches a freed slot only when every stated preference holds.</summary>
    public const string WaitlistPreferences = "S7.1";

    /// <summary>S7.2: candidates are ordered first-come (joined instant) or by priority tier, then first-come.</summary>
    public const string WaitlistOrdering = "S7.2";

    /// <summary>S7.3: an entry holds at most one pending offer; every offer's outcome is recorded.</summary>
    public const string WaitlistOffers = "S7.3";

    /// <summary>S7.4: offers lapse at their hold time and entries at their expiry.</summary>
    public const string WaitlistExpiry = "S7.4";
}

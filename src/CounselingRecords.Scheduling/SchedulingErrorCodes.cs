namespace CounselingRecords.Scheduling;

/// <summary>
/// Stable error codes of the scheduling area (<c>scheduling.concept.reason</c>). Hosts switch on these and
/// translate them; messages may change, codes do not. Each error also names the rule that decided
/// (<see cref="SchedulingRules"/>).
/// </summary>
public static class SchedulingErrorCodes
{
    /// <summary>A booking was refused; the details list each conflict.</summary>
    public const string BookingRefused = "scheduling.booking.refused";

    /// <summary>A clinician already has an appointment at that time (S3.1).</summary>
    public const string ClinicianDoubleBooked = "scheduling.booking.clinician_double_booked";

    /// <summary>The appointment falls inside the buffer of another appointment of the clinician, or its own buffer overlaps one (S3.2).</summary>
    public const string InsideBuffer = "scheduling.booking.inside_buffer";

    /// <summary>A client already has an appointment at that time (S3.3).</summary>
    public const string ClientDoubleBooked = "scheduling.booking.client_double_booked";

    /// <summary>The room is taken at that time (S3.4).</summary>
    public const string RoomTaken = "scheduling.booking.room_taken";

    /// <summary>The time is outside the clinician's availability (S2.1–S2.4).</summary>
    public const string OutsideAvailability = "scheduling.booking.outside_availability";

    /// <summary>The start is closer than the minimum notice (S3.5, measured as in R4.9).</summary>
    public const string NoticeTooShort = "scheduling.booking.notice_too_short";

    /// <summary>The start is further ahead than the booking horizon (S3.6).</summary>
    public const string BeyondHorizon = "scheduling.booking.beyond_horizon";

    /// <summary>The clinician's daily appointment cap is reached (S3.7).</summary>
    public const string DailyCapReached = "scheduling.booking.daily_cap_reached";

    /// <summary>The clinician's weekly appointment cap is reached (S3.7).</summary>
    public const string WeeklyCapReached = "scheduling.booking.weekly_cap_reached";

    /// <summary>The appointment type is not offered to new clients (S3.8).</summary>
    public const string NotAllowedForNewClients = "scheduling.booking.not_allowed_for_new_clients";

    /// <summary>More clients than the appointment's capacity (S3.9, R1.13 for groups).</summary>
    public const string CapacityExceeded = "scheduling.booking.capacity_exceeded";

    /// <summary>The appointment type named in a request is not known to the schedule.</summary>
    public const string UnknownAppointmentType = "scheduling.booking.unknown_appointment_type";

    /// <summary>The appointment is not in the schedule.</summary>
    public const string AppointmentNotFound = "scheduling.appointment.not_found";

    /// <summary>The client already takes part in the appointment.</summary>
    public const string AlreadyParticipant = "scheduling.appointment.already_participant";

    /// <summary>The client does not take part in the appointment.</summary>
    public const string NotParticipant = "scheduling.appointment.not_participant";

    /// <summary>The status transition is not allowed from the current status (S4.1).</summary>
    public const string IllegalTransition = "scheduling.status.illegal_transition";

    /// <summary>A cancellation received at or after the start is a no-show, not a cancellation (S4.2, R4.9).</summary>
    public const string CancellationAfterStart = "scheduling.status.cancellation_after_start";

    /// <summary>A no-show can only be recorded once the appointment has started (S4.3).</summary>
    public const string NoShowBeforeStart = "scheduling.status.no_show_before_start";

    /// <summary>A session cannot be completed before it starts.</summary>
    public const string CompletedBeforeStart = "scheduling.status.completed_before_start";

    /// <summary>A cancellation cannot be received after it is recorded.</summary>
    public const string CancellationReceivedInFuture = "scheduling.status.cancellation_received_in_future";

    /// <summary>The series has no occurrence with that id (original local start).</summary>
    public const string OccurrenceNotFound = "scheduling.series.occurrence_not_found";

    /// <summary>The occurrence has already started or passed and cannot be changed (S5.7).</summary>
    public const string OccurrenceInPast = "scheduling.series.occurrence_in_past";

    /// <summary>The occurrence is already cancelled.</summary>
    public const string OccurrenceAlreadyCancelled = "scheduling.series.occurrence_already_cancelled";

    /// <summary>A series cannot be split at an occurrence that has started or passed (S5.6).</summary>
    public const string SplitInPast = "scheduling.series.split_in_past";

    /// <summary>The series was already ended or continued by another series.</summary>
    public const string SeriesEnded = "scheduling.series.ended";

    /// <summary>The series rule produces no occurrence.</summary>
    public const string SeriesEmpty = "scheduling.series.empty";

    /// <summary>The series would produce more occurrences than allowed (S5.4).</summary>
    public const string SeriesTooLong = "scheduling.series.too_long";

    /// <summary>The series is not in the schedule.</summary>
    public const string SeriesNotFound = "scheduling.series.not_found";

    /// <summary>The waitlist entry is not waiting (already offered, booked, removed or expired).</summary>
    public const string WaitlistNotWaiting = "scheduling.waitlist.not_waiting";

    /// <summary>The waitlist entry has expired (S7.4).</summary>
    public const string WaitlistEntryExpired = "scheduling.waitlist.entry_expired";

    /// <summary>The slot does not match the entry's preferences (S7.1).</summary>
    public const string WaitlistSlotNotMatching = "scheduling.waitlist.slot_not_matching";

    /// <summary>The waitlist entry has no offer with that number.</summary>
    public const string WaitlistOfferNotFound = "scheduling.waitlist.offer_not_found";

    /// <summary>The offer was already answered, expired or withdrawn.</summary>
    public const string WaitlistOfferNotPending = "scheduling.waitlist.offer_not_pending";

    /// <summary>The offer's hold time has passed (S7.4).</summary>
    public const string WaitlistOfferExpired = "scheduling.waitlist.offer_expired";

    /// <summary>Validation: a request must name a clinician.</summary>
    public const string RequestClinicianRequired = "scheduling.request.clinician_required";

    /// <summary>Validation: a request must name an appointment type.</summary>
    public const string RequestAppointmentTypeRequired = "scheduling.request.appointment_type_required";

    /// <summary>Validation: a request must name a time zone.</summary>
    public const string RequestZoneRequired = "scheduling.request.zone_required";

    /// <summary>Validation: clients must be given, distinct and non-empty ids.</summary>
    public const string RequestClientsInvalid = "scheduling.request.clients_invalid";

    /// <summary>Validation: co-clinicians must be distinct, non-empty and differ from the lead clinician.</summary>
    public const string RequestCoCliniciansInvalid = "scheduling.request.co_clinicians_invalid";

    /// <summary>Validation: a room is booked at a location.</summary>
    public const string RequestRoomNeedsLocation = "scheduling.request.room_needs_location";

    /// <summary>Validation: a series request needs a rule.</summary>
    public const string RequestRuleRequired = "scheduling.request.rule_required";

    /// <summary>Validation: a slot search needs a positive count, a window that ends after it starts and a positive step.</summary>
    public const string RequestSearchWindowInvalid = "scheduling.request.search_window_invalid";

    /// <summary>Validation: a slot search names at least one clinician, each once.</summary>
    public const string RequestCliniciansInvalid = "scheduling.request.clinicians_invalid";
}

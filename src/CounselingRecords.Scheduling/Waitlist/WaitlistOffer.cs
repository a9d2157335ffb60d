using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>One offer of a freed slot to a waiting client, and how it ended (S7.3).</summary>
/// <param name="Number">The offer's number within the entry (1, 2, …).</param>
/// <param name="Slot">The slot offered.</param>
/// <param name="OfferedAt">When it was offered.</param>
/// <param name="ExpiresAt">When the hold ends.</param>
/// <param name="OfferedBy">Who offered it.</param>
/// <param name="Outcome">How it ended, or pending.</param>
/// <param name="RespondedAt">When it ended, if it has.</param>
/// <param name="RespondedBy">Who recorded the end, if it has.</param>
/// <param name="BookedAppointment">The appointment booked on acceptance.</param>
public sealed record WaitlistOffer(
    int Number,
    FreedSlot Slot,
    Instant OfferedAt,
    Instant ExpiresAt,
    UserId OfferedBy,
    OfferOutcome Outcome,
    Instant? RespondedAt,
    UserId? RespondedBy,
    AppointmentId? BookedAppointment);

using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Appointments;

/// <summary>How an appointment was cancelled: who asked, when the request was received, when and by whom it was recorded.</summary>
/// <param name="Initiator">Who asked.</param>
/// <param name="ReceivedAt">When the request was received (the instant notice is measured from, R4.9).</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">The user who recorded it.</param>
/// <param name="Reason">A short administrative reason code, never clinical content.</param>
public sealed record CancellationRecord(CancellationInitiator Initiator, Instant ReceivedAt, Instant RecordedAt, UserId RecordedBy, string? Reason);

using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Appointments;

/// <summary>One status transition of an appointment: from, to, who recorded it and when (S4.1).</summary>
/// <param name="From">The previous status, or <see langword="null"/> for the booking itself.</param>
/// <param name="To">The new status.</param>
/// <param name="Actor">The user who recorded it.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Note">A short administrative note (a channel such as "sms", a reason code), never clinical content.</param>
public sealed record StatusChange(AppointmentStatus? From, AppointmentStatus To, UserId Actor, Instant At, string? Note);

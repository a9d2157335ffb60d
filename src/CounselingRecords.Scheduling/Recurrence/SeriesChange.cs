using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>
/// What changes from an occurrence on in a "this and all following" edit (S5.6). Every member left
/// <see langword="null"/> keeps the series' value. A new <see cref="Rule"/> replaces the rule's pattern and end;
/// without one, the continuation keeps the pattern and the remaining count or the same until-date.
/// </summary>
/// <param name="TimeOfDay">The new wall-clock start.</param>
/// <param name="Rule">The new rule.</param>
/// <param name="Clinician">The new lead clinician.</param>
/// <param name="Duration">The new length.</param>
/// <param name="Location">The new location.</param>
/// <param name="Room">The new room.</param>
/// <param name="Zone">The new zone.</param>
public sealed record SeriesChange(
    LocalTime? TimeOfDay = null,
    RecurrenceRule? Rule = null,
    ClinicianId? Clinician = null,
    Duration? Duration = null,
    LocationId? Location = null,
    RoomId? Room = null,
    DateTimeZone? Zone = null)
{
    /// <summary>Gets a change that changes nothing (used to end a series and continue it unchanged, or to end it).</summary>
    public static SeriesChange None { get; } = new();
}

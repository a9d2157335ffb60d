using CounselingRecords.Access;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Practice.Documentation;

/// <summary>What completing an appointment needs: the appointment, who records the completion and when.</summary>
/// <param name="Appointment">The appointment that took place (scheduled, confirmed or arrived).</param>
/// <param name="Actor">Who records the completion.</param>
/// <param name="CompletedAt">When it is recorded; not before the appointment's start.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record CompleteAppointmentInput(Appointment Appointment, Actor Actor, Instant CompletedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"CompleteAppointmentInput {Appointment?.Id}";
}

using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Scheduling.Waitlist;

/// <summary>A time that became free (usually by a cancellation) and can be offered to waiting clients.</summary>
/// <param name="ClinicianId">The clinician.</param>
/// <param name="AppointmentTypeId">The appointment type the time was booked for.</param>
/// <param name="Modality">How the session would be delivered.</param>
/// <param name="Start">The start.</param>
/// <param name="End">The end.</param>
/// <param name="LocationId">The location, if in person.</param>
/// <param name="Source">The cancelled appointment, if any.</param>
public sealed record FreedSlot(ClinicianId ClinicianId, AppointmentTypeId AppointmentTypeId, Modality Modality, Instant Start, Instant End, LocationId? LocationId, AppointmentId? Source)
{
    /// <summary>Creates the freed slot of a cancelled or rescheduled appointment.</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The slot.</returns>
    public static FreedSlot From(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return new(appointment.ClinicianId, appointment.AppointmentTypeId, appointment.Modality, appointment.StartInstant, appointment.EndInstant, appointment.LocationId, appointment.Id);
    }
}

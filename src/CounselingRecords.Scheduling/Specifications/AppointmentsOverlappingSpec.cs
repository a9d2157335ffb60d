using Ardalis.Specification;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Scheduling.Specifications;

/// <summary>
/// Blocking appointments overlapping [from, to): what a host loads into a <c>ScheduleBook</c> before booking
/// around that time. Pass <c>from</c> lowered by the longest appointment plus buffers to use the start index alone.
/// </summary>
public sealed class AppointmentsOverlappingSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="AppointmentsOverlappingSpec"/> class.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The end.</param>
    public AppointmentsOverlappingSpec(Instant from, Instant to)
    {
        Query.Where(a => a.StartInstant < to && a.EndInstant > from)
            .Where(a => a.Status == AppointmentStatus.Requested || a.Status == AppointmentStatus.Scheduled || a.Status == AppointmentStatus.Confirmed
                || a.Status == AppointmentStatus.Arrived || a.Status == AppointmentStatus.Completed)
            .OrderBy(a => a.StartInstant);
    }
}

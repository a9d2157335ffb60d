using Ardalis.Specification;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Scheduling.Specifications;

/// <summary>Appointments still only scheduled (not confirmed) that start within the next 48 hours (or another window), earliest first.</summary>
public sealed class UnconfirmedAppointmentsSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="UnconfirmedAppointmentsSpec"/> class.</summary>
    /// <param name="now">The instant.</param>
    /// <param name="within">The window; 48 hours when not given.</param>
    public UnconfirmedAppointmentsSpec(Instant now, Duration? within = null)
    {
        var until = now + (within ?? Duration.FromHours(48));
        Query.Where(a => a.StartInstant >= now && a.StartInstant < until)
            .Where(a => a.Status == AppointmentStatus.Scheduled)
            .OrderBy(a => a.StartInstant);
    }
}

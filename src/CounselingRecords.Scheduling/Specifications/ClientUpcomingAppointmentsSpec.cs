using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using NodaTime;

namespace CounselingRecords.Scheduling.Specifications;

/// <summary>A client's upcoming appointments: requested, scheduled or confirmed, starting at or after now, earliest first.</summary>
public sealed class ClientUpcomingAppointmentsSpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="ClientUpcomingAppointmentsSpec"/> class.</summary>
    /// <param name="client">The client.</param>
    /// <param name="now">The instant.</param>
    public ClientUpcomingAppointmentsSpec(ClientId client, Instant now)
    {
        Query.Where(a => a.StartInstant >= now)
            .Where(a => a.Status == AppointmentStatus.Requested || a.Status == AppointmentStatus.Scheduled || a.Status == AppointmentStatus.Confirmed)
            .Where(a => a.Clients.Contains(client))
            .OrderBy(a => a.StartInstant);
    }
}

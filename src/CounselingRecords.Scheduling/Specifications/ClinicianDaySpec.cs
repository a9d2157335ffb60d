using Ardalis.Specification;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Zones;
using NodaTime;

namespace CounselingRecords.Scheduling.Specifications;

/// <summary>
/// A clinician's day: appointments (any status) of the clinician, as lead or co-clinician, starting on a local
/// date in a zone (the clinician's), earliest first. The start-instant range is the indexed pre-filter.
/// </summary>
public sealed class ClinicianDaySpec : Specification<Appointment>
{
    /// <summary>Initializes a new instance of the <see cref="ClinicianDaySpec"/> class.</summary>
    /// <param name="clinician">The clinician.</param>
    /// <param name="date">The local date.</param>
    /// <param name="zone">The zone the date is in.</param>
    public ClinicianDaySpec(ClinicianId clinician, LocalDate date, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = ZoneResolver.Resolve(zone, date.AtMidnight()).Instant;
        var to = ZoneResolver.Resolve(zone, date.PlusDays(1).AtMidnight()).Instant;
        Query.Where(a => a.StartInstant >= from && a.StartInstant < to)
            .Where(a => a.ClinicianId == clinician || a.AdditionalClinicians.Contains(clinician))
            .OrderBy(a => a.StartInstant);
    }
}

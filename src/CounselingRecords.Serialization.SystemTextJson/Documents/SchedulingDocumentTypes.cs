using System.Globalization;
using CounselingRecords.Auditing;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.AppointmentTypes;
using CounselingRecords.Scheduling.Availability;
using CounselingRecords.Scheduling.Recurrence;
using CounselingRecords.Scheduling.Waitlist;
using CounselingRecords.Scheduling.Zones;
using NodaTime.Text;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// The document registrations of the scheduling area (<c>CounselingRecords.Scheduling</c>). Reads of what names clients
/// (appointments, series, waitlist entries, the zone directory) are audited under <see cref="AuditCategory.Scheduling"/>,
/// one entry per client of a shared appointment.
/// </summary>
public static class SchedulingDocumentTypes
{
    /// <summary>
    /// Gets the registration of <see cref="Scheduling.Appointments.Appointment"/>. Columns: lead clinician, co-clinicians
    /// and clients (set columns, for <c>ClinicianDaySpec</c> and <c>ClientUpcomingAppointmentsSpec</c>), start and end
    /// instants, status. Unique claims (docs/storage.md, "Double booking"):
    /// <list type="bullet">
    /// <item><c>slot</c>: a blocking appointment claims its lead clinician at its start instant, so two hosts cannot both
    /// store the same clinician at the same start. It does not detect overlaps that start at different instants (buffers,
    /// different lengths): the booking engine decides those over a fresh schedule inside a unit of work.</item>
    /// <item><c>rescheduled_from</c>: an appointment is replaced by one appointment only (S4.4).</item>
    /// <item><c>occurrence</c>: one blocking appointment per occurrence of a series.</item>
    /// </list>
    /// </summary>
    public static DocumentType<Appointment> Appointment { get; } =
        DocumentType<Appointment>.Create("Appointment", CounselingRecordsJson.Contracts)
            .KeyedBy(a => a.Id)
            .Column(a => a.ClinicianId)
            .Column(a => a.AdditionalClinicians)
            .Column(a => a.Clients)
            .Column(a => a.StartInstant)
            .Column(a => a.EndInstant)
            .Column(a => a.Status)
            .Column(a => a.SeriesId)
            .Index("clinician_start", "clinician_id", "start_instant")
            .Unique("slot", SlotClaim)
            .Unique("rescheduled_from", a => a.RescheduledFrom?.ToString())
            .Unique("occurrence", a => a.IsBlocking && a.SeriesId is { } series && a.OccurrenceId is { } occurrence
                ? series.ToString() + "|" + LocalDateTimePattern.ExtendedIso.Format(occurrence)
                : null)
            .AuditReadsPerClient(AuditCategory.Scheduling, a => a.Clients);

    /// <summary>Gets the registration of <see cref="Scheduling.AppointmentTypes.AppointmentType"/> (practice configuration, not audited).</summary>
    public static DocumentType<AppointmentType> AppointmentType { get; } =
        DocumentType<AppointmentType>.Create("AppointmentType", CounselingRecordsJson.Contracts)
            .KeyedBy(t => t.Id);

    /// <summary>Gets the registration of <see cref="Scheduling.Availability.ClinicianAvailability"/>, keyed by clinician (practice configuration, not audited).</summary>
    public static DocumentType<ClinicianAvailability> ClinicianAvailability { get; } =
        DocumentType<ClinicianAvailability>.Create("ClinicianAvailability", CounselingRecordsJson.Contracts)
            .KeyedBy(a => a.ClinicianId);

    /// <summary>
    /// Gets the registration of <see cref="Scheduling.Recurrence.RecurringSeries"/>: lead clinician, clients (set), the
    /// computed start of the last occurrence and the continuation (<c>SeriesEndingSoonSpec</c>). A series is split into
    /// one continuation only (<c>split_from</c> claim).
    /// </summary>
    public static DocumentType<RecurringSeries> RecurringSeries { get; } =
        DocumentType<RecurringSeries>.Create("RecurringSeries", CounselingRecordsJson.Contracts)
            .KeyedBy(s => s.Id)
            .Column(s => s.ClinicianId)
            .Column(s => s.Clients)
            .Column(s => s.LastOccurrenceStart)
            .Column(s => s.ContinuedBy)
            .Unique("split_from", s => s.SplitFrom?.ToString())
            .AuditReadsPerClient(AuditCategory.Scheduling, s => s.Clients);

    /// <summary>Gets the registration of <see cref="Scheduling.Waitlist.WaitlistEntry"/> (<c>OpenWaitlistEntriesSpec</c>: status).</summary>
    public static DocumentType<WaitlistEntry> WaitlistEntry { get; } =
        DocumentType<WaitlistEntry>.Create("WaitlistEntry", CounselingRecordsJson.Contracts)
            .KeyedBy(e => e.Id)
            .Column(e => e.ClientId)
            .Column(e => e.Status)
            .Column(e => e.JoinedAt)
            .AuditReads(AuditCategory.Scheduling, e => e.ClientId);

    /// <summary>Gets the registration of <see cref="Scheduling.Zones.ZoneDirectory"/>, keyed by practice. It names where clients are (their zones): reads are audited, without a client.</summary>
    public static DocumentType<ZoneDirectory> ZoneDirectory { get; } =
        DocumentType<ZoneDirectory>.Create("ZoneDirectory", CounselingRecordsJson.Contracts)
            .KeyedBy(z => z.PracticeId)
            .AuditReads(AuditCategory.Scheduling, _ => null);

    /// <summary>The <c>slot</c> claim of a blocking appointment: its lead clinician and its start instant (UTC, to the tick).</summary>
    /// <param name="appointment">The appointment.</param>
    /// <returns>The claim, or null when the appointment does not hold its time.</returns>
    public static string? SlotClaim(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return appointment.IsBlocking
            ? appointment.ClinicianId.ToString() + "|" + appointment.StartInstant.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)
            : null;
    }
}

using CounselingRecords.Auditing;
using CounselingRecords.Practice.MissedAppointments;
using CounselingRecords.Practice.Tasks;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>The document registrations of the cross-area workflows (<c>CounselingRecords.Practice</c>).</summary>
public static class PracticeDocumentTypes
{
    /// <summary>Gets the registration of <see cref="Practice.Tasks.PracticeTask"/>: status and due instant (<c>OpenTasksDueBySpec</c>), client, assignee. Tasks name records and rules, not content: reads are not audited.</summary>
    public static DocumentType<PracticeTask> PracticeTask { get; } =
        DocumentType<PracticeTask>.Create("PracticeTask", CounselingRecordsJson.Contracts)
            .KeyedBy(t => t.Id)
            .Column(t => t.Status)
            .Column(t => t.DueAt)
            .Column(t => t.ClientId)
            .Column(t => t.AssignedTo)
            .Index("status_due", "status", "due_at");

    /// <summary>
    /// Gets the registration of <see cref="Practice.MissedAppointments.CancellationOutcome"/>, keyed by appointment (one outcome
    /// per appointment): client and recording instant (<c>CancellationOutcomesForClientSpec</c>, which orders by it), clinician and
    /// recorded status. An outcome names a client's missed appointment and the fee charged: reads are audited under
    /// <see cref="AuditCategory.Billing"/>.
    /// </summary>
    public static DocumentType<CancellationOutcome> CancellationOutcome { get; } =
        DocumentType<CancellationOutcome>.Create("CancellationOutcome", CounselingRecordsJson.Contracts)
            .KeyedBy(o => o.AppointmentId)
            .Column(o => o.ClientId)
            .Column(o => o.RecordedAt)
            .Column(o => o.ClinicianId)
            .Column(o => o.RecordedStatus)
            .Index("client_recorded", "client_id", "recorded_at")
            .AuditReads(AuditCategory.Billing, o => o.ClientId);
}

using CounselingRecords.Auditing;
using CounselingRecords.Records.AccessRequests;
using CounselingRecords.Records.Amendments;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Intake;
using CounselingRecords.Records.Notes;
using CounselingRecords.Records.ProgressReports;
using CounselingRecords.Records.PsychotherapyNotes;
using CounselingRecords.Serialization.SystemTextJson.Documents.Upgrades;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// The document registrations of the clinical records area (<c>CounselingRecords.Records</c>). Columns are the members
/// the area's specifications filter on; reads are audited (R7.15): clinical documents under
/// <see cref="AuditCategory.Clinical"/>, psychotherapy notes under their own <see cref="AuditCategory.PsychotherapyNote"/>,
/// demographics under <see cref="AuditCategory.Demographic"/>, the client's requests under <see cref="AuditCategory.Administrative"/>.
/// </summary>
public static class RecordsDocumentTypes
{
    /// <summary>Gets the registration of <see cref="Records.Clients.Client"/> (<c>ClientsByStatusSpec</c>: status).</summary>
    public static DocumentType<Client> Client { get; } =
        DocumentType<Client>.Create("Client", CounselingRecordsJson.Contracts)
            .KeyedBy(c => c.Id)
            .Column(c => c.Status)
            .Column(c => c.RegisteredAt)
            .AuditReads(AuditCategory.Demographic, c => c.Id);

    /// <summary>Gets the registration of <see cref="Records.Intake.IntakeAssessment"/> (<c>IntakeAssessmentsForClientSpec</c>: client).</summary>
    public static DocumentType<IntakeAssessment> IntakeAssessment { get; } =
        DocumentType<IntakeAssessment>.Create("IntakeAssessment", CounselingRecordsJson.Contracts)
            .KeyedBy(i => i.Id)
            .Column(i => i.ClientId)
            .Column(i => i.AuthorId)
            .Column(i => i.Status)
            .Column(i => i.AssessmentDate)
            .AuditReads(AuditCategory.Clinical, i => i.ClientId);

    /// <summary>
    /// Gets the registration of <see cref="Records.Notes.SessionNote"/>, at schema version 2 (ADR 0064): client and date of
    /// service (<c>SessionNotesForClientSpec</c>, <c>SignedSessionNotesInPeriodSpec</c>), status and end (<c>DocumentationDueSpec</c>),
    /// status and co-signer (<c>NotesAwaitingCoSignSpec</c>).
    /// </summary>
    public static DocumentType<SessionNote> SessionNote { get; } =
        DocumentType<SessionNote>.Create("SessionNote", CounselingRecordsJson.Contracts)
            .WithSchemaVersion(SessionNoteSchema.Version)
            .Upgrade(1, SessionNoteSchema.Version1Change, SessionNoteSchema.UpgradeFromVersion1)
            .KeyedBy(n => n.Id)
            .Column(n => n.ClientId)
            .Column(n => n.AuthorId)
            .Column(n => n.Status)
            .Column(n => n.DateOfService)
            .Column(n => n.EndedAt)
            .Column(n => n.CoSignerId)
            .Column(n => n.AppointmentId)
            .Index("client_date", "client_id", "date_of_service")
            .AuditReads(AuditCategory.Clinical, n => n.ClientId);

    /// <summary>
    /// Gets the registration of <see cref="Records.PsychotherapyNotes.PsychotherapyNote"/> (<c>PsychotherapyNotesByAuthorSpec</c>:
    /// author, client). Reads are audited in their own category (R7.2).
    /// </summary>
    public static DocumentType<PsychotherapyNote> PsychotherapyNote { get; } =
        DocumentType<PsychotherapyNote>.Create("PsychotherapyNote", CounselingRecordsJson.Contracts)
            .KeyedBy(n => n.Id)
            .Column(n => n.AuthorId)
            .Column(n => n.ClientId)
            .Column(n => n.SessionDate)
            .AuditReads(AuditCategory.PsychotherapyNote, n => n.ClientId);

    /// <summary>Gets the registration of <see cref="Records.ProgressReports.ProgressReport"/> (<c>ProgressReportsForClientSpec</c>: client).</summary>
    public static DocumentType<ProgressReport> ProgressReport { get; } =
        DocumentType<ProgressReport>.Create("ProgressReport", CounselingRecordsJson.Contracts)
            .KeyedBy(r => r.Id)
            .Column(r => r.ClientId)
            .Column(r => r.AuthorId)
            .Column(r => r.Status)
            .Column(r => r.PeriodEnd)
            .AuditReads(AuditCategory.Clinical, r => r.ClientId);

    /// <summary>Gets the registration of <see cref="Records.AccessRequests.RecordAccessRequest"/> (<c>AccessRequestsDueSpec</c>: status, due date).</summary>
    public static DocumentType<RecordAccessRequest> RecordAccessRequest { get; } =
        DocumentType<RecordAccessRequest>.Create("RecordAccessRequest", CounselingRecordsJson.Contracts)
            .KeyedBy(r => r.Id)
            .Column(r => r.ClientId)
            .Column(r => r.Status)
            .Column(r => r.DueOn)
            .AuditReads(AuditCategory.Administrative, r => r.ClientId);

    /// <summary>Gets the registration of <see cref="Records.Amendments.AmendmentRequest"/> (<c>AmendmentRequestsDueSpec</c>: status, due date).</summary>
    public static DocumentType<AmendmentRequest> AmendmentRequest { get; } =
        DocumentType<AmendmentRequest>.Create("AmendmentRequest", CounselingRecordsJson.Contracts)
            .KeyedBy(r => r.Id)
            .Column(r => r.ClientId)
            .Column(r => r.Status)
            .Column(r => r.DueOn)
            .AuditReads(AuditCategory.Administrative, r => r.ClientId);
}

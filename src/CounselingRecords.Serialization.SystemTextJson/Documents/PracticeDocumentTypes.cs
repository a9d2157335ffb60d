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
}

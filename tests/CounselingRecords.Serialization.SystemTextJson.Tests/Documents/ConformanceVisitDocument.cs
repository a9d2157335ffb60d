using CounselingRecords.Auditing;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Testing.Conformance.Visits;

namespace CounselingRecords.Testing.Documents;

/// <summary>
/// The document registration of the conformance kit's test aggregate: the same few lines each real aggregate
/// gets (see docs/storage.md). Shared by the serialization, storage and dependency-injection tests.
/// </summary>
internal static class ConformanceVisitDocument
{
    public static DocumentType<ConformanceVisit> Type { get; } =
        DocumentType<ConformanceVisit>.Create(ConformanceVisits.DocumentTypeName, ConformanceVisits.JsonContracts)
            .WithSchemaVersion(ConformanceVisits.SchemaVersion)
            .Upgrade(1, "lengthMinutes (whole minutes) became length (a duration); modality added, InPerson for every older visit", ConformanceVisits.UpgradeFromVersion1)
            .KeyedBy(v => v.Id)
            .Column(v => v.ClinicianId)
            .Column(v => v.ClientId)
            .Column(v => v.Start)
            .Column(v => v.Status)
            .Column(v => v.Modality)
            .Column(v => v.BookedAt)
            .Column(v => v.FollowUpOn)
            .Index("clinician_day", "clinician_id", "start")
            .Unique("slot", v => v.SlotClaim)
            .AuditReads(AuditCategory.Clinical, v => v.ClientId);

    /// <summary>A serializer of every document type the library registers plus the kit's aggregate (what the stores under test hold).</summary>
    public static DocumentSerializer CreateSerializer(DocumentSerializerOptions? options = null) => new([.. CounselingRecordsDocumentTypes.All, Type], options);
}

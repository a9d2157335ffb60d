using System.Collections.Immutable;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// The document registrations of the CounselingRecords aggregates, which <c>AddCounselingRecords</c> registers by
/// default: every type implementing <c>IAggregateRoot&lt;T&gt;</c> in the area packages, each with its
/// <see cref="DocumentType{T}"/> (name, contract from <see cref="CounselingRecordsJson.Contracts"/>, schema version and
/// upgrades, indexed columns, unique claims, pre-filters, read auditing); see docs/storage.md, "Registering an aggregate".
/// </summary>
public static class CounselingRecordsDocumentTypes
{
    /// <summary>Gets every registration, in a stable order (area by area).</summary>
    public static ImmutableArray<DocumentType> All { get; } =
    [
        RecordsDocumentTypes.Client,
        RecordsDocumentTypes.IntakeAssessment,
        RecordsDocumentTypes.SessionNote,
        RecordsDocumentTypes.PsychotherapyNote,
        RecordsDocumentTypes.ProgressReport,
        RecordsDocumentTypes.RecordAccessRequest,
        RecordsDocumentTypes.AmendmentRequest,
        TreatmentPlansDocumentTypes.TreatmentPlan,
        SchedulingDocumentTypes.Appointment,
        SchedulingDocumentTypes.AppointmentType,
        SchedulingDocumentTypes.ClinicianAvailability,
        SchedulingDocumentTypes.RecurringSeries,
        SchedulingDocumentTypes.WaitlistEntry,
        SchedulingDocumentTypes.ZoneDirectory,
        PoliciesDocumentTypes.CancellationPolicyHistory,
        PoliciesDocumentTypes.PolicyDocument,
        PoliciesDocumentTypes.ClientAcknowledgments,
        PoliciesDocumentTypes.Inquiry,
        PoliciesDocumentTypes.Complaint,
        BillingDocumentTypes.ClientLedger,
        BillingDocumentTypes.GoodFaithEstimate,
        BillingDocumentTypes.SlidingFeeAgreement,
        PracticeDocumentTypes.PracticeTask,
        PracticeDocumentTypes.CancellationOutcome,
    ];
}

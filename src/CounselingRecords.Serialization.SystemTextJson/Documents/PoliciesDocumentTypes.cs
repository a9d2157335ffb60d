using CounselingRecords.Auditing;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Policies.Complaints;
using CounselingRecords.Policies.Documents;
using CounselingRecords.Policies.Inquiries;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// The document registrations of the office policies area (<c>CounselingRecords.Policies</c>). Inquiries and complaints
/// hold personal details of prospects and clients and are administrative-sensitive: their reads are audited under
/// <see cref="AuditCategory.Administrative"/>, as are a client's policy acknowledgments.
/// </summary>
public static class PoliciesDocumentTypes
{
    /// <summary>Gets the registration of <see cref="Policies.Cancellations.CancellationPolicyHistory"/> (practice configuration, not audited).</summary>
    public static DocumentType<CancellationPolicyHistory> CancellationPolicyHistory { get; } =
        DocumentType<CancellationPolicyHistory>.Create("CancellationPolicyHistory", CounselingRecordsJson.Contracts)
            .KeyedBy(h => h.Id);

    /// <summary>Gets the registration of <see cref="Policies.Documents.PolicyDocument"/> (practice documents, by kind; not audited).</summary>
    public static DocumentType<PolicyDocument> PolicyDocument { get; } =
        DocumentType<PolicyDocument>.Create("PolicyDocument", CounselingRecordsJson.Contracts)
            .KeyedBy(d => d.Id)
            .Column(d => d.Kind);

    /// <summary>Gets the registration of <see cref="Policies.Documents.ClientAcknowledgments"/>, keyed by client.</summary>
    public static DocumentType<ClientAcknowledgments> ClientAcknowledgments { get; } =
        DocumentType<ClientAcknowledgments>.Create("ClientAcknowledgments", CounselingRecordsJson.Contracts)
            .KeyedBy(a => a.ClientId)
            .AuditReads(AuditCategory.Administrative, a => a.ClientId);

    /// <summary>Gets the registration of <see cref="Policies.Inquiries.Inquiry"/> (<c>OpenInquiriesSpec</c>, <c>OverdueInquiriesSpec</c>).</summary>
    public static DocumentType<Inquiry> Inquiry { get; } =
        DocumentType<Inquiry>.Create("Inquiry", CounselingRecordsJson.Contracts)
            .KeyedBy(i => i.Id)
            .Column(i => i.Status)
            .Column(i => i.ReceivedAt)
            .Column(i => i.ResponseDueAt)
            .Column(i => i.FirstRespondedAt)
            .Column(i => i.ClosedAt)
            .Column(i => i.ClientId)
            .AuditReads(AuditCategory.Administrative, i => i.ClientId);

    /// <summary>
    /// Gets the registration of <see cref="Policies.Complaints.Complaint"/>: client and category (<c>BillingHoldComplaintsSpec</c>),
    /// the clinician complained about (<c>ComplaintsAgainstClinicianSpec</c>) and every deadline with its fulfilment
    /// (<c>OpenComplaintsSpec</c>, <c>OverdueComplaintsSpec</c>, translated entirely).
    /// </summary>
    public static DocumentType<Complaint> Complaint { get; } =
        DocumentType<Complaint>.Create("Complaint", CounselingRecordsJson.Contracts)
            .KeyedBy(c => c.Id)
            .Column(c => c.ClientId)
            .Column(c => c.Category)
            .Column(c => c.Against.ClinicianId)
            .Column(c => c.Status)
            .Column(c => c.ReceivedAt)
            .Column(c => c.AcknowledgementDueAt)
            .Column(c => c.AcknowledgedAt)
            .Column(c => c.ResolutionDueAt)
            .Column(c => c.ResolvedAt)
            .Column(c => c.ResponseDueAt)
            .Column(c => c.ResponseSentAt)
            .Column(c => c.EscalatedAt)
            .Column(c => c.ClosedAt)
            .AuditReads(AuditCategory.Administrative, c => c.ClientId);
}

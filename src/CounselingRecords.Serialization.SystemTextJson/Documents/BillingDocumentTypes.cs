using CounselingRecords.Auditing;
using CounselingRecords.Billing.Estimates;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.SlidingScale;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>The document registrations of the billing area (<c>CounselingRecords.Billing</c>). Reads are audited under <see cref="AuditCategory.Billing"/>.</summary>
public static class BillingDocumentTypes
{
    /// <summary>Gets the registration of <see cref="Billing.Ledger.ClientLedger"/>, keyed by client (<c>LedgerForClientSpec</c> is a key lookup).</summary>
    public static DocumentType<ClientLedger> ClientLedger { get; } =
        DocumentType<ClientLedger>.Create("ClientLedger", CounselingRecordsJson.Contracts)
            .KeyedBy(l => l.Client)
            .AuditReads(AuditCategory.Billing, l => l.Client);

    /// <summary>
    /// Gets the registration of <see cref="Billing.Estimates.GoodFaithEstimate"/>: client and issue instant
    /// (<c>GoodFaithEstimatesForClientSpec</c>). An estimate is superseded by one revision only (<c>supersedes</c> claim).
    /// </summary>
    public static DocumentType<GoodFaithEstimate> GoodFaithEstimate { get; } =
        DocumentType<GoodFaithEstimate>.Create("GoodFaithEstimate", CounselingRecordsJson.Contracts)
            .KeyedBy(e => e.Id)
            .Column(e => e.Contents.Client, "client_id")
            .Column(e => e.IssuedAt)
            .Unique("supersedes", e => e.Supersedes?.ToString())
            .AuditReads(AuditCategory.Billing, e => e.Contents.Client);

    /// <summary>Gets the registration of <see cref="Billing.SlidingScale.SlidingFeeAgreement"/>, keyed by client (<c>SlidingFeeAgreementForClientSpec</c> is a key lookup).</summary>
    public static DocumentType<SlidingFeeAgreement> SlidingFeeAgreement { get; } =
        DocumentType<SlidingFeeAgreement>.Create("SlidingFeeAgreement", CounselingRecordsJson.Contracts)
            .KeyedBy(a => a.Client)
            .AuditReads(AuditCategory.Billing, a => a.Client);
}

using CounselingRecords.Access;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Billing.Payers;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Notes;
using NodaTime;

namespace CounselingRecords.Practice.NoteBilling;

/// <summary>What billing a signed note needs.</summary>
/// <param name="Note">The session note; it must be final (signed, or co-signed when supervised).</param>
/// <param name="Ledger">The client's ledger the charges are posted on.</param>
/// <param name="Payer">The payer billed first; <see cref="PayerProfile.SelfPay"/> for a self-pay client.</param>
/// <param name="Actor">Who bills (a biller, the practice's system process).</param>
/// <param name="PostedOn">The accounting date of the charges (not before the ledger's last entry).</param>
/// <param name="BilledAt">When the charges are recorded.</param>
/// <param name="History">The client's earlier visits (R1.8, R1.17); <see cref="VisitHistory.None"/> when null.</param>
/// <param name="SlidingFee">The client's sliding-fee agreement, if any (self-pay clinical services only, R5.1).</param>
/// <param name="ExpectedCopay">For a payer-billed session, the copay expected at the point of service; zero when null.</param>
/// <param name="DocumentationTask">The documentation task of the session, closed once the note is billed.</param>
/// <param name="EvaluationAndManagementCode">The E/M code a prescriber reported (99202–99255, 99304–99337, 99341–99350), needed when the note records an E/M (R1.6).</param>
/// <param name="Options">Payer options (a 15-minute code, an explicit place of service).</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record BillSignedNoteInput(
    SessionNote Note,
    ClientLedger Ledger,
    PayerProfile Payer,
    Actor Actor,
    LocalDate PostedOn,
    Instant BilledAt,
    VisitHistory? History = null,
    SlidingFeeAgreement? SlidingFee = null,
    Money? ExpectedCopay = null,
    PracticeTask? DocumentationTask = null,
    string? EvaluationAndManagementCode = null,
    SessionFactsOptions? Options = null)
{
    /// <inheritdoc />
    public override string ToString() => $"BillSignedNoteInput {Note?.Id}";
}

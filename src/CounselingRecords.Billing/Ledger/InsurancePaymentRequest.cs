using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>One ERA or EOB service line to post (R6.2): billed, allowed, paid and the adjustments with group and reason codes.</summary>
/// <param name="Posting">The posting.</param>
/// <param name="Payment">The payer's check or EFT id.</param>
/// <param name="Payer">The payer.</param>
/// <param name="Charge">The charge line.</param>
/// <param name="Claim">The claim, if known.</param>
/// <param name="Billed">The amount billed on the line.</param>
/// <param name="Allowed">The allowed amount.</param>
/// <param name="Paid">The amount paid (zero for a denial).</param>
/// <param name="Adjustments">The adjustments; billed = paid + Σ adjustments.</param>
/// <param name="PayerClaimControlNumber">The payer's claim control number, if given.</param>
public sealed record InsurancePaymentRequest(
    Posting Posting,
    PaymentId Payment,
    PayerId Payer,
    ChargeId Charge,
    ClaimId? Claim,
    Money Billed,
    Money Allowed,
    Money Paid,
    ImmutableArray<ClaimAdjustment> Adjustments,
    string? PayerClaimControlNumber);

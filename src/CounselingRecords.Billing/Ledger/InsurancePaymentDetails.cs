using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// A payer's adjudication of one charge line, from an 835 ERA or an EOB (R6.2): billed, allowed, paid, and the
/// adjustments with group and reason codes. The amount paid is the entry's amount; the line balances: billed =
/// paid + Σ adjustments.
/// </summary>
/// <param name="Payment">The payer's payment (check or EFT) id.</param>
/// <param name="Payer">The payer.</param>
/// <param name="Charge">The charge line.</param>
/// <param name="Claim">The claim it answers, if known.</param>
/// <param name="Billed">The amount billed on the line.</param>
/// <param name="Allowed">The allowed amount.</param>
/// <param name="Adjustments">The adjustments (PR, CO, OA, PI with CARC codes).</param>
/// <param name="PayerClaimControlNumber">The payer's claim control number, if given.</param>
public sealed record InsurancePaymentDetails(
    PaymentId Payment,
    PayerId Payer,
    ChargeId Charge,
    ClaimId? Claim,
    Money Billed,
    Money Allowed,
    ImmutableArray<ClaimAdjustment> Adjustments,
    string? PayerClaimControlNumber)
{
    /// <summary>Gets the adjustments.</summary>
    public ImmutableArray<ClaimAdjustment> Adjustments { get; init; } = Adjustments.IsDefault ? [] : Adjustments;

    /// <summary>Gets the total moved to the client (PR).</summary>
    public Money PatientResponsibility => Sum(true);

    /// <summary>Gets the total written off (CO, OA, PI), never billed to the client.</summary>
    public Money PayerAdjustments => Sum(false);

    private Money Sum(bool patientResponsibility)
    {
        var total = Money.Zero(Billed.Currency);
        foreach (var adjustment in Adjustments)
        {
            if (adjustment.IsClientResponsibility == patientResponsibility)
            {
                total += adjustment.Amount;
            }
        }

        return total;
    }
}

using CounselingRecords.Care;

namespace CounselingRecords.Billing.Estimates;

/// <summary>Whether a client is owed a Good Faith Estimate, and why (R3.1).</summary>
/// <param name="IsOwed">Whether a GFE is owed.</param>
/// <param name="Reason">Why.</param>
public sealed record GfeEligibility(bool IsOwed, GfeEligibilityReason Reason)
{
    /// <summary>
    /// Decides from the coverage facts (R3.1): enrollees of Medicare, Medicaid (including dual eligibles), Medicare
    /// Advantage or TRICARE are not owed a GFE even if they do not intend to use that coverage; the uninsured are
    /// owed one; other covered clients are owed one when they do not seek a claim (self-pay).
    /// </summary>
    /// <param name="facts">The coverage facts.</param>
    /// <returns>The decision.</returns>
    public static GfeEligibility Determine(CoverageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var insured = false;
        foreach (var coverage in facts.EnrolledCoverage)
        {
            if (coverage is PayerClass.Medicare or PayerClass.MedicareAdvantage or PayerClass.Medicaid or PayerClass.DualEligible or PayerClass.Tricare)
            {
                return new GfeEligibility(false, GfeEligibilityReason.FederalProgramBeneficiary);
            }

            insured |= coverage != PayerClass.SelfPay;
        }

        if (!insured)
        {
            return new GfeEligibility(true, GfeEligibilityReason.Uninsured);
        }

        return facts.ClaimWillBeSubmitted
            ? new GfeEligibility(false, GfeEligibilityReason.ClaimToCoverage)
            : new GfeEligibility(true, GfeEligibilityReason.SelfPay);
    }

    /// <summary>Returns the sentence that explains the decision.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => new("R3.1", Reason switch
    {
        GfeEligibilityReason.Uninsured => "The client has no coverage: a Good Faith Estimate is owed.",
        GfeEligibilityReason.SelfPay => "The client has coverage but will not have a claim submitted for this service (self-pay): a Good Faith Estimate is owed.",
        GfeEligibilityReason.ClaimToCoverage => "A claim will be submitted to the client's coverage: no Good Faith Estimate is owed under this rule.",
        _ => "The client is enrolled in Medicare, Medicaid or another federal health care program: no Good Faith Estimate is owed, even when paying privately.",
    });
}

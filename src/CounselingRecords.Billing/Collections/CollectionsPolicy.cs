namespace CounselingRecords.Billing.Collections;

/// <summary>
/// A practice's collections settings (R6.7, R5.5–R5.9): whether the informed-consent documents disclose the use of a
/// collection agency, how long after the notice the client has to pay, the minimum age of a referred amount, and any
/// collection fee with whether the original agreement authorizes it.
/// </summary>
/// <param name="DisclosedInInformedConsent">Whether the intent to use collections is in the informed-consent documents (ACA A.10.d, AAMFT 8.2).</param>
/// <param name="DaysToPayAfterNotice">The days the client has to pay after the notice before referral (APA 6.04(e)).</param>
/// <param name="MinimumAgeDays">The minimum age in days (from the date of service) of an amount to refer.</param>
/// <param name="CollectionFeePercent">A collection fee added to the debt, in percent; 0 for none.</param>
/// <param name="FeeAuthorizedByAgreement">Whether the original agreement expressly authorizes the fee (otherwise adding it breaks the FDCPA).</param>
public sealed record CollectionsPolicy(bool DisclosedInInformedConsent, int DaysToPayAfterNotice, int MinimumAgeDays, decimal CollectionFeePercent, bool FeeAuthorizedByAgreement)
{
    /// <summary>Gets the days to pay after notice.</summary>
    public int DaysToPayAfterNotice { get; init; } = DaysToPayAfterNotice >= 0 ? DaysToPayAfterNotice : throw new ArgumentOutOfRangeException(nameof(DaysToPayAfterNotice));

    /// <summary>Gets the minimum age.</summary>
    public int MinimumAgeDays { get; init; } = MinimumAgeDays >= 0 ? MinimumAgeDays : throw new ArgumentOutOfRangeException(nameof(MinimumAgeDays));

    /// <summary>Gets the collection fee percentage.</summary>
    public decimal CollectionFeePercent { get; init; } = CollectionFeePercent >= 0m ? CollectionFeePercent : throw new ArgumentOutOfRangeException(nameof(CollectionFeePercent));
}

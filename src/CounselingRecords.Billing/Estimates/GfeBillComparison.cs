using System.Collections.Immutable;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// A final bill checked against its Good Faith Estimate (R3.7): per provider or facility, whether billed charges are at
/// least $400 more than expected, the last day to start dispute resolution (120 calendar days after the initial bill
/// was received) and the $25 administrative fee.
/// </summary>
/// <param name="Estimate">The estimate.</param>
/// <param name="Providers">Each provider's comparison.</param>
/// <param name="InitialBillReceivedOn">When the client received the initial bill.</param>
public sealed record GfeBillComparison(CounselingRecords.Identity.EstimateId Estimate, ImmutableArray<GfeProviderComparison> Providers, LocalDate InitialBillReceivedOn)
{
    /// <summary>Gets the number of calendar days the client has to start a dispute (R3.7).</summary>
    public static int DisputeWindowDays => 120;

    /// <summary>Gets the administrative fee to start a dispute (R3.7).</summary>
    public static Money AdministrativeFee => Money.Usd(25m);

    /// <summary>Gets a value indicating whether any provider's bill may be disputed.</summary>
    public bool MayDispute => Providers.Any(p => p.MayDispute);

    /// <summary>Gets the last day to start dispute resolution: 120 calendar days after the initial bill was received.</summary>
    public LocalDate DisputeDeadline => InitialBillReceivedOn.PlusDays(DisputeWindowDays);

    /// <summary>
    /// Compares billed totals with the estimate per provider (R3.7). A provider billed but not on the estimate is
    /// compared with an expected zero.
    /// </summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="billed">The billed totals per provider.</param>
    /// <param name="initialBillReceivedOn">When the client received the initial bill.</param>
    /// <returns>The comparison.</returns>
    public static GfeBillComparison Compare(GoodFaithEstimate estimate, ImmutableArray<BilledProviderTotal> billed, LocalDate initialBillReceivedOn)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var expected = estimate.ExpectedChargesByProvider().ToDictionary(e => e.ProviderNpi, e => e.Expected, StringComparer.Ordinal);
        var currency = estimate.ExpectedTotal().Currency;
        var billedByProvider = (billed.IsDefault ? [] : billed).GroupBy(b => b.ProviderNpi, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Money.Sum(g.Select(b => b.Billed), currency), StringComparer.Ordinal);
        var providers = expected.Keys.Union(billedByProvider.Keys, StringComparer.Ordinal)
            .Select(npi => new GfeProviderComparison(
                npi,
                expected.TryGetValue(npi, out var e) ? e : Money.Zero(currency),
                billedByProvider.TryGetValue(npi, out var b) ? b : Money.Zero(currency)))
            .ToImmutableArray();
        return new GfeBillComparison(estimate.Id, providers, initialBillReceivedOn);
    }

    /// <summary>Explains each provider's comparison.</summary>
    /// <returns>The explanations.</returns>
    public ImmutableArray<Explanation> Explain() =>
    [
        .. Providers.Select(p => new Explanation(
            "R3.7",
            p.MayDispute
                ? $"Provider {p.ProviderNpi}: billed {p.Billed} is {p.Excess} over the estimate of {p.Estimated} (400.00 or more): the client may start patient-provider dispute resolution by {DisputeDeadline:uuuu-MM-dd} (fee {AdministrativeFee}); while it is pending the bill is not sent to collections."
                : $"Provider {p.ProviderNpi}: billed {p.Billed} against an estimate of {p.Estimated}, less than 400.00 over: not substantially in excess.")),
    ];
}

using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Catalog;

/// <summary>Which rate applies to a service on a date and why. A value; <see cref="Explain"/> builds the sentence.</summary>
/// <param name="Service">The service.</param>
/// <param name="Code">The service's billing code.</param>
/// <param name="Rate">The rate.</param>
/// <param name="Source">Where the rate came from.</param>
/// <param name="EffectiveFrom">The first date of the rate applied, or <see langword="null"/> for the service default.</param>
/// <param name="EffectiveTo">The last date of the rate applied, or <see langword="null"/>.</param>
/// <param name="DateOfService">The date of service the rate was resolved for.</param>
/// <param name="OtherCandidates">How many other rates were effective on the date and lost to a more specific or later one.</param>
public readonly record struct RateResolution(
    ServiceId Service,
    string Code,
    Money Rate,
    RateSource Source,
    LocalDate? EffectiveFrom,
    LocalDate? EffectiveTo,
    LocalDate DateOfService,
    int OtherCandidates)
{
    /// <summary>Returns the sentence that explains the rate.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain()
    {
        var scope = Source switch
        {
            RateSource.ClientCashRate => "the client's agreed cash rate",
            RateSource.PayerAndClinician => "the rate for this payer and clinician",
            RateSource.Payer => "the rate for this payer",
            RateSource.Clinician => "the clinician's rate",
            RateSource.Schedule => "the practice's scheduled rate",
            _ => "the service's default rate",
        };
        var dates = EffectiveFrom is { } from
            ? EffectiveTo is { } to ? $" (effective {from:uuuu-MM-dd} to {to:uuuu-MM-dd})" : $" (effective from {from:uuuu-MM-dd})"
            : string.Empty;
        var others = OtherCandidates > 0
            ? $"; it is more specific or more recent than {OtherCandidates} other effective rate{(OtherCandidates == 1 ? string.Empty : "s")}"
            : string.Empty;
        return new Explanation("fee-schedule", $"{Code} on {DateOfService:uuuu-MM-dd}: {Rate} is {scope}{dates}{others}.");
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Catalog;

/// <summary>
/// The catalog's services with their effective-dated rates per clinician, payer and client. <see cref="Resolve(Service, LocalDate, in FeeParties)"/>
/// picks the most specific rate effective on the date of service (see <see cref="RateSource"/> for the order) and
/// says why; it allocates nothing.
/// </summary>
public sealed class FeeSchedule
{
    private static readonly FeeRate[] NoRates = [];
    private readonly FrozenDictionary<ServiceId, FeeRate[]> _rates;

    /// <summary>Initializes a new instance of the <see cref="FeeSchedule"/> class.</summary>
    /// <param name="catalog">The services.</param>
    /// <param name="rates">The rates; rates of the same service and scope may not overlap in time.</param>
    public FeeSchedule(ServiceCatalog catalog, ImmutableArray<FeeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        rates = rates.IsDefault ? [] : rates;
        var byService = new Dictionary<ServiceId, List<FeeRate>>();
        foreach (var rate in rates)
        {
            ArgumentNullException.ThrowIfNull(rate, nameof(rates));
            if (!catalog.TryFind(rate.Service, out _))
            {
                throw new ArgumentException($"The rate names the service {rate.Service}, which is not in the catalog.", nameof(rates));
            }

            if (rate.Amount.Currency != catalog.Currency)
            {
                throw new CurrencyMismatchException(catalog.Currency, rate.Amount.Currency);
            }

            if (!byService.TryGetValue(rate.Service, out var list))
            {
                byService[rate.Service] = list = [];
            }

            foreach (var other in list)
            {
                if (other.Clinician == rate.Clinician && other.Payer == rate.Payer && other.Client == rate.Client && Overlap(other, rate))
                {
                    throw new ArgumentException($"Two rates of the service {rate.Service} with the same scope overlap from {rate.EffectiveFrom}.", nameof(rates));
                }
            }

            list.Add(rate);
        }

        Catalog = catalog;
        Rates = rates;
        _rates = byService.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    /// <summary>Gets the services.</summary>
    public ServiceCatalog Catalog { get; }

    /// <summary>Gets the rates.</summary>
    public ImmutableArray<FeeRate> Rates { get; }

    /// <summary>Resolves the rate of a service for a date of service and parties.</summary>
    /// <param name="service">The service.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="parties">The clinician, payer (none for self-pay) and client.</param>
    /// <returns>The rate and where it came from.</returns>
    /// <exception cref="ArgumentException">The service is not in the catalog.</exception>
    public RateResolution Resolve(ServiceId service, LocalDate dateOfService, in FeeParties parties) =>
        Resolve(Catalog.Get(service), dateOfService, parties);

    /// <summary>Resolves the rate of a catalog service for a date of service and parties.</summary>
    /// <param name="service">The service.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="parties">The clinician, payer (none for self-pay) and client.</param>
    /// <returns>The rate and where it came from.</returns>
    public RateResolution Resolve(Service service, LocalDate dateOfService, in FeeParties parties)
    {
        ArgumentNullException.ThrowIfNull(service);
        var candidates = _rates.TryGetValue(service.Id, out var rates) ? rates : NoRates;
        FeeRate? best = null;
        var bestRank = 0;
        var effective = 0;
        foreach (var rate in candidates)
        {
            if (!rate.IsEffectiveOn(dateOfService) || !Applies(rate, parties))
            {
                continue;
            }

            effective++;
            var rank = Rank(rate.Source);
            if (best is null || rank > bestRank || (rank == bestRank && rate.EffectiveFrom > best.EffectiveFrom))
            {
                best = rate;
                bestRank = rank;
            }
        }

        return best is null
            ? new RateResolution(service.Id, service.Code, service.DefaultRate, RateSource.ServiceDefault, null, null, dateOfService, 0)
            : new RateResolution(service.Id, service.Code, best.Amount, best.Source, best.EffectiveFrom, best.EffectiveTo, dateOfService, effective - 1);
    }

    private static bool Applies(FeeRate rate, in FeeParties parties)
    {
        if (rate.Client is { } client && (!parties.IsSelfPay || parties.Client != client))
        {
            return false;
        }

        if (rate.Payer is { } payer && parties.Payer != payer)
        {
            return false;
        }

        return rate.Clinician is not { } clinician || parties.Clinician == clinician;
    }

    private static int Rank(RateSource source) => source switch
    {
        RateSource.ClientCashRate => 6,
        RateSource.PayerAndClinician => 5,
        RateSource.Payer => 4,
        RateSource.Clinician => 3,
        RateSource.Schedule => 2,
        _ => 1,
    };

    private static bool Overlap(FeeRate a, FeeRate b)
    {
        var aEnd = a.EffectiveTo ?? LocalDate.MaxIsoValue;
        var bEnd = b.EffectiveTo ?? LocalDate.MaxIsoValue;
        return a.EffectiveFrom <= bEnd && b.EffectiveFrom <= aEnd;
    }
}

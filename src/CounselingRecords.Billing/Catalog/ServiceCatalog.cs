using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CounselingRecords.Finance;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Catalog;

/// <summary>The practice's services, looked up by id or by code without allocating.</summary>
public sealed class ServiceCatalog
{
    private readonly FrozenDictionary<ServiceId, Service> _byId;
    private readonly FrozenDictionary<string, Service> _byCode;

    /// <summary>Initializes a new instance of the <see cref="ServiceCatalog"/> class.</summary>
    /// <param name="currency">The currency of every rate.</param>
    /// <param name="services">The services; ids and codes are unique.</param>
    public ServiceCatalog(Currency currency, ImmutableArray<Service> services)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("A catalog needs a currency.", nameof(currency));
        }

        services = services.IsDefault ? [] : services;
        var byId = new Dictionary<ServiceId, Service>();
        var byCode = new Dictionary<string, Service>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            ArgumentNullException.ThrowIfNull(service, nameof(services));
            if (service.DefaultRate.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, service.DefaultRate.Currency);
            }

            if (!byId.TryAdd(service.Id, service))
            {
                throw new ArgumentException($"The service {service.Id} appears twice.", nameof(services));
            }

            if (!byCode.TryAdd(service.Code, service))
            {
                throw new ArgumentException($"The code {service.Code} belongs to two services.", nameof(services));
            }
        }

        Currency = currency;
        Services = services;
        _byId = byId.ToFrozenDictionary();
        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the currency of every rate.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the services.</summary>
    public ImmutableArray<Service> Services { get; }

    /// <summary>Finds a service by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="service">The service, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFind(ServiceId id, [NotNullWhen(true)] out Service? service) => _byId.TryGetValue(id, out service);

    /// <summary>Finds a service by its billing code (exact, uppercase).</summary>
    /// <param name="code">The code.</param>
    /// <param name="service">The service, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryFindByCode(string code, [NotNullWhen(true)] out Service? service)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out service);
    }

    /// <summary>Returns the service with the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The service.</returns>
    /// <exception cref="ArgumentException">The catalog has no such service.</exception>
    public Service Get(ServiceId id) =>
        TryFind(id, out var service) ? service : throw new ArgumentException($"The catalog has no service {id}.", nameof(id));
}

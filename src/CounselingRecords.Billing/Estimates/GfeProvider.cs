using System.Collections.Immutable;

namespace CounselingRecords.Billing.Estimates;

/// <summary>A provider or facility on a Good Faith Estimate (R3.5 item 5): name, NPI, TIN, office locations and states.</summary>
/// <param name="Npi">The NPI; items refer to the provider by it.</param>
/// <param name="Name">The name.</param>
/// <param name="TaxId">The TIN.</param>
/// <param name="Locations">The office locations where services are expected to be furnished.</param>
/// <param name="States">The states where services are expected to be furnished.</param>
public sealed record GfeProvider(string Npi, string Name, string TaxId, ImmutableArray<string> Locations, ImmutableArray<string> States)
{
    /// <summary>Gets the locations.</summary>
    public ImmutableArray<string> Locations { get; init; } = Locations.IsDefault ? [] : Locations;

    /// <summary>Gets the states.</summary>
    public ImmutableArray<string> States { get; init; } = States.IsDefault ? [] : States;
}

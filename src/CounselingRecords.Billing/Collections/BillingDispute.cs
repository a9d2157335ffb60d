using System.Collections.Immutable;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Collections;

/// <summary>
/// A dispute of charges, for example patient-provider dispute resolution after a bill at least $400 over a Good Faith
/// Estimate (R3.7). While it is pending the disputed charges are not sent to collections (R6.7).
/// </summary>
/// <param name="Charges">The disputed charges.</param>
/// <param name="OpenedOn">When the dispute was started.</param>
/// <param name="ResolvedOn">When it was resolved, or <see langword="null"/> while pending.</param>
/// <param name="Estimate">The Good Faith Estimate disputed, if any.</param>
public sealed record BillingDispute(ImmutableArray<ChargeId> Charges, LocalDate OpenedOn, LocalDate? ResolvedOn, EstimateId? Estimate)
{
    /// <summary>Gets the charges.</summary>
    public ImmutableArray<ChargeId> Charges { get; init; } = Charges.IsDefault ? [] : Charges;

    /// <summary>Returns whether the dispute is pending on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when opened on or before the date and not resolved by then.</returns>
    public bool IsPendingOn(LocalDate date) => OpenedOn <= date && (ResolvedOn is not { } resolved || resolved > date);
}

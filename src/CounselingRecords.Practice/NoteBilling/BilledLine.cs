using System.Collections.Immutable;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Identity;

namespace CounselingRecords.Practice.NoteBilling;

/// <summary>One charge posted for a note: the charge id, the code, units and modifiers, the price and why.</summary>
/// <param name="Charge">The charge line id on the ledger.</param>
/// <param name="Code">The billing code.</param>
/// <param name="Units">The units.</param>
/// <param name="Modifiers">The modifiers.</param>
/// <param name="PlaceOfService">The place of service.</param>
/// <param name="Quote">The price: rate, full fee and sliding-fee discount.</param>
/// <param name="Explanations">Why the code (its rule) and why the price.</param>
public sealed record BilledLine(ChargeId Charge, string Code, int Units, ImmutableArray<string> Modifiers, string? PlaceOfService, FeeQuote Quote, ImmutableArray<Explanation> Explanations)
{
    /// <inheritdoc />
    public override string ToString() => $"{Charge} {Code} × {Units}";
}

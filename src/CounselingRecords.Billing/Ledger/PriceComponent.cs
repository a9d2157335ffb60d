using CounselingRecords.Finance;

namespace CounselingRecords.Billing.Ledger;

/// <summary>One part of a charge's full fee with the explanation of where it came from; a charge's amount is the sum of its components.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Amount">The amount, not negative, rounded to the minor unit.</param>
/// <param name="Explanation">Where it came from (a rate resolution, a policy decision).</param>
public sealed record PriceComponent(PriceComponentKind Kind, Money Amount, Explanation Explanation)
{
    /// <summary>Gets the amount.</summary>
    public Money Amount { get; init; } = !Amount.IsNegative && Amount.IsRoundedToMinorUnit
        ? Amount
        : throw new ArgumentException("A price component is a non-negative amount rounded to the minor unit.", nameof(Amount));

    /// <summary>Gets the explanation.</summary>
    public Explanation Explanation { get; init; } = Explanation ?? throw new ArgumentNullException(nameof(Explanation));
}

using System.Globalization;
using CounselingRecords.Finance;

namespace CounselingRecords.Billing.SlidingScale;

/// <summary>
/// One tier of a sliding-fee schedule: household income above <see cref="AbovePercent"/> and up to
/// <see cref="UpToPercent"/> percent of the poverty guideline, <c>(min, max]</c>, pays by <see cref="Kind"/> (R5.4).
/// </summary>
/// <param name="Label">A short label for statements, for example <c>101–125% FPG</c>.</param>
/// <param name="AbovePercent">The exclusive lower bound, or <see langword="null"/> for the first tier (from 0% inclusive).</param>
/// <param name="UpToPercent">The inclusive upper bound, or <see langword="null"/> for the last tier.</param>
/// <param name="Kind">How the tier prices a service.</param>
/// <param name="DiscountPercent">The discount for <see cref="SlidingFeeKind.PercentDiscount"/> (0–100); 0 otherwise.</param>
/// <param name="ClientFee">The fee per visit for <see cref="SlidingFeeKind.FixedFee"/> and <see cref="SlidingFeeKind.NominalCharge"/>; otherwise <see langword="null"/>.</param>
public sealed record SlidingFeeTier(string Label, decimal? AbovePercent, decimal? UpToPercent, SlidingFeeKind Kind, decimal DiscountPercent, Money? ClientFee)
{
    /// <summary>Gets the label.</summary>
    public string Label { get; init; } = !string.IsNullOrWhiteSpace(Label) ? Label : throw new ArgumentException("A tier needs a label.", nameof(Label));

    /// <summary>Gets the inclusive upper bound.</summary>
    public decimal? UpToPercent { get; init; } = UpToPercent is not { } up || AbovePercent is not { } above || up > above
        ? UpToPercent
        : throw new ArgumentException("A tier's upper bound is above its lower bound.", nameof(UpToPercent));

    /// <summary>Gets the discount percentage.</summary>
    public decimal DiscountPercent { get; init; } = (Kind == SlidingFeeKind.PercentDiscount ? DiscountPercent is >= 0m and <= 100m : DiscountPercent == 0m)
        ? DiscountPercent
        : throw new ArgumentException("A percent tier discounts 0–100%; other tiers carry no percentage.", nameof(DiscountPercent));

    /// <summary>Gets the fee per visit of a fixed-fee or nominal tier.</summary>
    public Money? ClientFee { get; init; } = Kind is SlidingFeeKind.FixedFee or SlidingFeeKind.NominalCharge
        ? ClientFee is { IsNegative: false, IsRoundedToMinorUnit: true } ? ClientFee : throw new ArgumentException("A fixed or nominal fee is a non-negative amount rounded to the minor unit.", nameof(ClientFee))
        : ClientFee is null ? null : throw new ArgumentException("Only fixed-fee and nominal tiers carry a fee.", nameof(ClientFee));

    /// <summary>Gets a value indicating whether the tier gives any discount at all.</summary>
    public bool GivesDiscount => Kind is not SlidingFeeKind.NoDiscount && !(Kind == SlidingFeeKind.PercentDiscount && DiscountPercent == 0m);

    /// <summary>Returns whether a percentage of the guideline falls in the tier.</summary>
    /// <param name="percentOfGuideline">The percentage.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(decimal percentOfGuideline) =>
        (AbovePercent is not { } above ? percentOfGuideline >= 0m : percentOfGuideline > above)
        && (UpToPercent is not { } up || percentOfGuideline <= up);

    /// <summary>
    /// Returns the discount on a fee: the percentage rounded by <paramref name="rounding"/> at the line (R6.10), or
    /// the full fee less the tier's fixed fee (never below zero). An add-on line of a visit priced by a fixed or
    /// nominal fee is discounted in full, so the visit costs the fee once.
    /// </summary>
    /// <param name="fee">The full fee of the line.</param>
    /// <param name="isAddOnLine">Whether the line is an add-on to a visit's primary line.</param>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The discount, between zero and the fee.</returns>
    public Money DiscountOn(Money fee, bool isAddOnLine, RoundingPolicy rounding) => Kind switch
    {
        SlidingFeeKind.PercentDiscount => fee.Percent(DiscountPercent, rounding),
        SlidingFeeKind.FixedFee or SlidingFeeKind.NominalCharge => isAddOnLine ? fee : Money.Max(fee - ClientFee!.Value, Money.Zero(fee.Currency)),
        _ => Money.Zero(fee.Currency),
    };

    /// <summary>Describes what the tier charges.</summary>
    /// <returns>The text, for example <c>80% discount</c> or <c>nominal charge 20.00 USD per visit</c>.</returns>
    public string DescribeFee() => Kind switch
    {
        SlidingFeeKind.PercentDiscount => DiscountPercent.ToString("0.##", CultureInfo.InvariantCulture) + "% discount",
        SlidingFeeKind.FixedFee => $"fixed fee {ClientFee} per visit",
        SlidingFeeKind.NominalCharge => $"nominal charge {ClientFee} per visit",
        _ => "no discount",
    };
}

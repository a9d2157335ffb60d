using System.Collections.Immutable;
using System.Globalization;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Results;

namespace CounselingRecords.Billing.Catalog;

/// <summary>
/// The price of one code line: the rate that applied, the full fee (rate × units), the sliding-fee discount and the
/// fee after discount, each with its reason. A value that allocates nothing; <see cref="Explain"/> builds the
/// sentences on demand. The full fee is what a charge and a superbill show; the discount is posted as its own line.
/// </summary>
public readonly struct FeeQuote
{
    internal FeeQuote(string code, int units, bool isAddOnLine, Service service, in RateResolution rate, Money fullFee, Money discount, DiscountBasis basis, in SlidingFeeDecision sliding)
    {
        Code = code;
        Units = units;
        IsAddOnLine = isAddOnLine;
        Service = service.Id;
        Category = service.Category;
        Rate = rate;
        FullFee = fullFee;
        Discount = discount;
        DiscountBasis = basis;
        Sliding = sliding;
        ErrorCode = null;
    }

    private FeeQuote(string code, int units, string errorCode)
    {
        Code = code;
        Units = units;
        ErrorCode = errorCode;
    }

    /// <summary>Gets the error code when the line could not be priced, or <see langword="null"/>.</summary>
    public string? ErrorCode { get; }

    /// <summary>Gets a value indicating whether the line was priced.</summary>
    public bool IsPriced => ErrorCode is null;

    /// <summary>Gets the billing code.</summary>
    public string Code { get; }

    /// <summary>Gets the units.</summary>
    public int Units { get; }

    /// <summary>Gets a value indicating whether the line is an add-on to the visit's primary line.</summary>
    public bool IsAddOnLine { get; }

    /// <summary>Gets the catalog service.</summary>
    public ServiceId Service { get; }

    /// <summary>Gets the service category.</summary>
    public ServiceCategory Category { get; }

    /// <summary>Gets the rate resolution.</summary>
    public RateResolution Rate { get; }

    /// <summary>Gets the full fee: rate × units, exact.</summary>
    public Money FullFee { get; }

    /// <summary>Gets the sliding-fee discount.</summary>
    public Money Discount { get; }

    /// <summary>Gets the fee after discount.</summary>
    public Money FeeAfterDiscount => FullFee - Discount;

    /// <summary>Gets why the discount is what it is.</summary>
    public DiscountBasis DiscountBasis { get; }

    /// <summary>Gets the sliding-fee decision considered.</summary>
    public SlidingFeeDecision Sliding { get; }

    /// <summary>Returns the quote as a result.</summary>
    /// <returns>The quote, or the error.</returns>
    public Result<FeeQuote> ToResult() => IsPriced
        ? Result<FeeQuote>.ForValue(this)
        : Result<FeeQuote>.ForError(new DomainError(ErrorCode!, ErrorCode == BillingErrorCodes.FeeUnitsInvalid ? $"{Code} needs at least one unit." : $"The code {Code} is not in the service catalog.", target: Code));

    /// <summary>Explains the rate, the full fee and the discount.</summary>
    /// <returns>The explanations.</returns>
    public ImmutableArray<Explanation> Explain()
    {
        if (!IsPriced)
        {
            return [new Explanation(null, ToResult().Error.Message)];
        }

        var full = Units == 1
            ? new Explanation("fee-schedule", $"Full fee {FullFee}: {Code} × 1 at {Rate.Rate}.")
            : new Explanation("fee-schedule", string.Create(CultureInfo.InvariantCulture, $"Full fee {FullFee}: {Code} × {Units} units at {Rate.Rate} per unit."));
        var discount = DiscountBasis switch
        {
            DiscountBasis.BilledToPayer => new Explanation("R5.1", $"No sliding-fee discount: {Code} is billed to a payer; the sliding scale applies to self-pay services."),
            DiscountBasis.NotAClinicalService => new Explanation("R5.1", $"No sliding-fee discount: {Code} is a fee, not a clinical service."),
            _ => IsAddOnLine && Sliding.Applies && Sliding.Determination!.Tier.Kind is SlidingFeeKind.FixedFee or SlidingFeeKind.NominalCharge
                ? new Explanation("R5.1", $"Sliding-fee discount {Discount}: the visit's {Sliding.Determination.Tier.DescribeFee()} is charged on its primary line, so this add-on line is discounted in full.")
                : Sliding.Explain(FullFee, Discount),
        };
        return [Rate.Explain(), full, discount];
    }

    internal static FeeQuote Refused(string code, int units, string errorCode) => new(code, units, errorCode);
}

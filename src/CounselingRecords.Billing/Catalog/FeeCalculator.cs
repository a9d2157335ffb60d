using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.SlidingScale;
using CounselingRecords.Finance;
using NodaTime;

namespace CounselingRecords.Billing.Catalog;

/// <summary>
/// Prices code lines: resolves the rate from the fee schedule, multiplies by the units and applies the client's
/// sliding-fee decision to self-pay clinical services, rounding the discount once at the line (R6.10). A pure
/// function of its inputs that allocates nothing per call.
/// </summary>
public sealed class FeeCalculator
{
    /// <summary>Initializes a new instance of the <see cref="FeeCalculator"/> class.</summary>
    /// <param name="schedule">The fee schedule.</param>
    /// <param name="rounding">The rounding policy for percentage discounts; <see cref="RoundingPolicy.Default"/> when null.</param>
    public FeeCalculator(FeeSchedule schedule, RoundingPolicy? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Schedule = schedule;
        Rounding = rounding ?? RoundingPolicy.Default;
    }

    /// <summary>Gets the fee schedule.</summary>
    public FeeSchedule Schedule { get; }

    /// <summary>Gets the rounding policy.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Prices a selected code line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="parties">The clinician, payer (none for self-pay) and client.</param>
    /// <param name="sliding">The client's sliding-fee decision for the date.</param>
    /// <returns>The quote.</returns>
    public FeeQuote Quote(in CodeLine line, LocalDate dateOfService, in FeeParties parties, in SlidingFeeDecision sliding) =>
        Quote(line.Code, line.Units, line.IsAddOn, dateOfService, parties, sliding);

    /// <summary>Prices a code.</summary>
    /// <param name="code">The billing code.</param>
    /// <param name="units">The units, at least 1.</param>
    /// <param name="isAddOnLine">Whether the line is an add-on to the visit's primary line.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="parties">The clinician, payer (none for self-pay) and client.</param>
    /// <param name="sliding">The client's sliding-fee decision for the date.</param>
    /// <returns>The quote, or a refusal when the code is unknown or the units are invalid.</returns>
    public FeeQuote Quote(string code, int units, bool isAddOnLine, LocalDate dateOfService, in FeeParties parties, in SlidingFeeDecision sliding)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (units < 1)
        {
            return FeeQuote.Refused(code, units, BillingErrorCodes.FeeUnitsInvalid);
        }

        if (!Schedule.Catalog.TryFindByCode(code, out var service))
        {
            return FeeQuote.Refused(code, units, BillingErrorCodes.FeeServiceNotInCatalog);
        }

        var rate = Schedule.Resolve(service, dateOfService, parties);
        var fullFee = rate.Rate.Multiply(units);
        DiscountBasis basis;
        Money discount;
        if (!service.IsClaimable)
        {
            basis = DiscountBasis.NotAClinicalService;
            discount = Money.Zero(fullFee.Currency);
        }
        else if (!parties.IsSelfPay)
        {
            basis = DiscountBasis.BilledToPayer;
            discount = Money.Zero(fullFee.Currency);
        }
        else
        {
            basis = DiscountBasis.SlidingScale;
            discount = sliding.DiscountOn(fullFee, isAddOnLine, Rounding);
        }

        return new FeeQuote(code, units, isAddOnLine, service, rate, fullFee, discount, basis, sliding);
    }
}

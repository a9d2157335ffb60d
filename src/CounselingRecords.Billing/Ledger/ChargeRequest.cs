using System.Collections.Immutable;
using CounselingRecords.Billing.Catalog;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// A charge to post: a service priced by the fee calculator (<see cref="ForQuote"/>) or a fee decided elsewhere,
/// such as a missed-appointment fee from the office policy (<see cref="ForMissedAppointmentFee"/>: client-only,
/// never on a claim, R4.4).
/// </summary>
/// <param name="Posting">The posting.</param>
/// <param name="Charge">The new charge line id.</param>
/// <param name="DateOfService">The date of service (for a fee, the date of the missed appointment).</param>
/// <param name="Kind">What the charge is for.</param>
/// <param name="Service">The catalog service, if any.</param>
/// <param name="Code">The billing code.</param>
/// <param name="Modifiers">The modifiers (at most four).</param>
/// <param name="Units">The units.</param>
/// <param name="PlaceOfService">The two-digit place of service, for services.</param>
/// <param name="Clinician">The rendering clinician.</param>
/// <param name="Appointment">The appointment it came from.</param>
/// <param name="BillTo">The payer billed first, or <see langword="null"/> to bill the client.</param>
/// <param name="ExpectedClientShare">For a payer-billed service, the copay expected at the point of service; otherwise zero.</param>
/// <param name="Components">The parts of the full fee.</param>
/// <param name="Explanation">Where the fee came from.</param>
/// <param name="Discount">A discount to post with it, if any.</param>
/// <param name="Guarantor">The guarantor (alternate bill-to person) the client's share is addressed to, or <see langword="null"/> for the client.</param>
public sealed record ChargeRequest(
    Posting Posting,
    ChargeId Charge,
    LocalDate DateOfService,
    ChargeKind Kind,
    ServiceId? Service,
    string Code,
    ImmutableArray<string> Modifiers,
    int Units,
    string? PlaceOfService,
    ClinicianId? Clinician,
    AppointmentId? Appointment,
    PayerId? BillTo,
    Money ExpectedClientShare,
    ImmutableArray<PriceComponent> Components,
    Explanation Explanation,
    DiscountRequest? Discount,
    string? Guarantor = null)
{
    /// <summary>The practice code of a no-show fee line.</summary>
    public const string NoShowCode = "NOSHOW";

    /// <summary>The practice code of a late-cancellation fee line.</summary>
    public const string LateCancellationCode = "LATECANCEL";

    /// <summary>The reason code of a sliding-fee discount posted from a quote.</summary>
    public const string SlidingScaleReasonCode = "SLIDING-FEE";

    /// <summary>
    /// Builds the charge for a priced service: the full fee as the charge (its rate resolution as the component) and,
    /// when the quote carries a sliding-fee discount, that discount as its own adjustment entry.
    /// </summary>
    /// <param name="posting">The posting of the charge.</param>
    /// <param name="charge">The new charge line id.</param>
    /// <param name="quote">The priced line.</param>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="modifiers">The line's modifiers.</param>
    /// <param name="placeOfService">The place of service.</param>
    /// <param name="parties">The clinician, payer (none for self-pay) and client.</param>
    /// <param name="expectedClientShare">The copay expected at the point of service for a payer-billed line; zero otherwise.</param>
    /// <param name="discountEntryId">The id for the discount entry, used when the quote has a discount.</param>
    /// <param name="appointment">The appointment, if any.</param>
    /// <returns>The request.</returns>
    public static ChargeRequest ForQuote(
        Posting posting,
        ChargeId charge,
        in FeeQuote quote,
        LocalDate dateOfService,
        ModifierSet modifiers,
        string? placeOfService,
        in FeeParties parties,
        Money expectedClientShare,
        LedgerEntryId discountEntryId,
        AppointmentId? appointment = null)
    {
        if (!quote.IsPriced)
        {
            throw new ArgumentException("Only a priced quote becomes a charge.", nameof(quote));
        }

        var explanations = quote.Explain();
        var discount = quote.Discount.IsPositive
            ? new DiscountRequest(discountEntryId, AdjustmentType.SlidingScaleDiscount, SlidingScaleReasonCode, quote.Discount, explanations[2])
            : null;
        return new ChargeRequest(
            posting, charge, dateOfService, ChargeKind.Service, quote.Service, quote.Code, modifiers.ToImmutableArray(), quote.Units,
            placeOfService, parties.Clinician, appointment, parties.Payer, expectedClientShare,
            [new PriceComponent(PriceComponentKind.BaseFee, quote.FullFee, explanations[0])], explanations[1], discount);
    }

    /// <summary>
    /// Builds a missed-appointment fee decided by the office policy: billed to the client only and never on a claim
    /// (R4.4), with the policy's explanation and rule id.
    /// </summary>
    /// <param name="posting">The posting.</param>
    /// <param name="charge">The new charge line id.</param>
    /// <param name="kind"><see cref="ChargeKind.NoShowFee"/> or <see cref="ChargeKind.LateCancellationFee"/>.</param>
    /// <param name="appointmentDate">The date of the missed appointment.</param>
    /// <param name="amount">The fee the policy decided.</param>
    /// <param name="explanation">The policy decision's sentence, for example "Late cancellation 19 h before the start; policy v3 §2: 50% of 150.00 USD".</param>
    /// <param name="ruleId">The policy rule id, for example <c>R4.2</c> or the policy's own reference.</param>
    /// <param name="appointment">The appointment.</param>
    /// <param name="clinician">The clinician of the appointment.</param>
    /// <returns>The request.</returns>
    public static ChargeRequest ForMissedAppointmentFee(
        Posting posting,
        ChargeId charge,
        ChargeKind kind,
        LocalDate appointmentDate,
        Money amount,
        string explanation,
        string ruleId,
        AppointmentId? appointment = null,
        ClinicianId? clinician = null)
    {
        if (kind is not (ChargeKind.NoShowFee or ChargeKind.LateCancellationFee))
        {
            throw new ArgumentException("A missed-appointment fee is a no-show or a late-cancellation fee.", nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        var reason = new Explanation(ruleId, explanation);
        return new ChargeRequest(
            posting, charge, appointmentDate, kind, null, kind == ChargeKind.NoShowFee ? NoShowCode : LateCancellationCode, [], 1, null, clinician,
            appointment, null, Money.Zero(amount.Currency), [new PriceComponent(PriceComponentKind.BaseFee, amount, reason)], reason, null);
    }

    /// <summary>Gets the full fee: the sum of the components.</summary>
    public Money Amount => Components.IsDefaultOrEmpty ? Money.Zero(ExpectedClientShare.Currency) : Money.Sum(Components.Select(c => c.Amount), Components[0].Amount.Currency);
}

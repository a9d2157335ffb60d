using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>
/// The derived state of one charge line: what it cost, who paid or adjusted what, and what the client and the payer
/// still owe. Every amount is derived from the entries. The identity of R6.3 holds on every line:
/// <c>Fee = InsurancePaid + PayerAdjustments + ContractualAdjustments + SlidingScaleDiscount + OtherClientAdjustments + ClientPaid + ClientOpen + PayerOpen</c>.
/// </summary>
/// <param name="Charge">The charge line id.</param>
/// <param name="ChargeEntry">The charge entry.</param>
/// <param name="DateOfService">The date of service.</param>
/// <param name="Kind">What the charge is for.</param>
/// <param name="Code">The billing code.</param>
/// <param name="Modifiers">The modifiers.</param>
/// <param name="Units">The units.</param>
/// <param name="Clinician">The rendering clinician.</param>
/// <param name="BillTo">The payer billed, or <see langword="null"/> for the client.</param>
/// <param name="Fee">The full fee.</param>
/// <param name="IsAdjudicated">Whether a payer has adjudicated the line.</param>
/// <param name="InsurancePaid">What payers paid.</param>
/// <param name="PayerAdjustments">CO, OA and PI adjustments from ERAs: written off, never billed to the client (R6.2).</param>
/// <param name="ContractualAdjustments">Contractual adjustments posted by hand.</param>
/// <param name="PatientResponsibility">PR amounts a payer moved to the client (R6.2).</param>
/// <param name="SlidingScaleDiscount">The sliding-fee discount.</param>
/// <param name="OtherClientAdjustments">Courtesy, small-balance, bad-debt, charity and GFE-settlement adjustments.</param>
/// <param name="ClientShare">What the client is responsible for after client adjustments; never negative.</param>
/// <param name="ClientPaid">What client payments and credit applications applied to the line.</param>
/// <param name="ClientOpen">What the client still owes on the line.</param>
/// <param name="PayerOpen">What the payer still owes (or has not yet adjudicated).</param>
/// <param name="ResponsibilityDate">When the client's responsibility began: the date of service, or the ERA posting date for PR.</param>
/// <param name="IsReversed">Whether the charge was reversed.</param>
/// <param name="Guarantor">The guarantor the client share is addressed to, or <see langword="null"/> for the client.</param>
public sealed record LedgerLine(
    ChargeId Charge,
    LedgerEntryId ChargeEntry,
    LocalDate DateOfService,
    ChargeKind Kind,
    string Code,
    ImmutableArray<string> Modifiers,
    int Units,
    ClinicianId? Clinician,
    PayerId? BillTo,
    Money Fee,
    bool IsAdjudicated,
    Money InsurancePaid,
    Money PayerAdjustments,
    Money ContractualAdjustments,
    Money PatientResponsibility,
    Money SlidingScaleDiscount,
    Money OtherClientAdjustments,
    Money ClientShare,
    Money ClientPaid,
    Money ClientOpen,
    Money PayerOpen,
    LocalDate? ResponsibilityDate,
    bool IsReversed,
    string? Guarantor = null)
{
    /// <summary>Gets what is still owed on the line by anyone.</summary>
    public Money Balance => ClientOpen + PayerOpen;

    /// <summary>Gets every adjustment other than the sliding-fee discount.</summary>
    public Money AdjustmentsOtherThanDiscount => PayerAdjustments + ContractualAdjustments + OtherClientAdjustments;
}

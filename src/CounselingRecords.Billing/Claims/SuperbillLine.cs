using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// One service on a superbill (R2.10): one exact date, place of service, CPT with modifiers, ICD-10 diagnoses, units,
/// the fee charged at the full rate, any discount, the amount paid and the balance due.
/// </summary>
/// <param name="Charge">The ledger charge line.</param>
/// <param name="DateOfService">The date of service.</param>
/// <param name="PlaceOfService">The place of service.</param>
/// <param name="Code">The CPT code.</param>
/// <param name="Modifiers">The modifiers (for example 95 or 93).</param>
/// <param name="Diagnoses">The ICD-10-CM diagnoses.</param>
/// <param name="Units">The units.</param>
/// <param name="FeeCharged">The fee at the full rate.</param>
/// <param name="Discount">Discounts and adjustments of the client's share (for example the sliding-fee discount).</param>
/// <param name="AmountPaid">What the client paid.</param>
/// <param name="BalanceDue">What is still due.</param>
public sealed record SuperbillLine(
    ChargeId Charge,
    LocalDate DateOfService,
    string PlaceOfService,
    string Code,
    ImmutableArray<string> Modifiers,
    ImmutableArray<DiagnosisCode> Diagnoses,
    int Units,
    Money FeeCharged,
    Money Discount,
    Money AmountPaid,
    Money BalanceDue)
{
    /// <summary>Gets a value indicating whether the service is paid in full.</summary>
    public bool PaidInFull => BalanceDue.IsZero;
}

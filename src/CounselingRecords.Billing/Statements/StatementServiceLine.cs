using System.Collections.Immutable;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Statements;

/// <summary>
/// One service on a statement (R6.6): date, code and description, provider, fee, sliding-fee discount, insurance
/// paid, other adjustments, the client's share, what the client paid and what is still due, each explained. No
/// diagnosis codes: a patient statement does not need them (minimum necessary, 45 CFR 164.502(b)).
/// </summary>
/// <param name="Charge">The charge line.</param>
/// <param name="DateOfService">The date of service.</param>
/// <param name="Code">The billing code.</param>
/// <param name="Modifiers">The modifiers.</param>
/// <param name="Description">A plain-language description.</param>
/// <param name="Clinician">The provider.</param>
/// <param name="BillTo">The payer billed, or <see langword="null"/> when the client is billed.</param>
/// <param name="Fee">The full fee.</param>
/// <param name="Discount">The sliding-fee discount.</param>
/// <param name="InsurancePaid">What insurance paid.</param>
/// <param name="Adjustments">Contractual and other adjustments (never billed to the client).</param>
/// <param name="ClientShare">The client's share.</param>
/// <param name="ClientPaid">What the client paid on it.</param>
/// <param name="ClientDue">What the client still owes on it.</param>
/// <param name="InsurancePending">What insurance has not yet paid or adjudicated.</param>
/// <param name="IsNewThisPeriod">Whether the charge was posted in the period.</param>
/// <param name="IsReversed">Whether the charge was reversed.</param>
/// <param name="Explanations">Where every amount came from.</param>
public sealed record StatementServiceLine(
    ChargeId Charge,
    LocalDate DateOfService,
    string Code,
    ImmutableArray<string> Modifiers,
    string Description,
    ClinicianId? Clinician,
    PayerId? BillTo,
    Money Fee,
    Money Discount,
    Money InsurancePaid,
    Money Adjustments,
    Money ClientShare,
    Money ClientPaid,
    Money ClientDue,
    Money InsurancePending,
    bool IsNewThisPeriod,
    bool IsReversed,
    ImmutableArray<Explanation> Explanations)
{
    internal static string DescriptionFor(ChargeKind kind) => kind switch
    {
        ChargeKind.NoShowFee => "Missed appointment fee (no-show)",
        ChargeKind.LateCancellationFee => "Late cancellation fee",
        ChargeKind.AdministrativeFee => "Administrative fee",
        _ => "Professional service",
    };
}

using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Ledger;

/// <summary>What a charge entry is for. No diagnosis codes: the ledger feeds patient statements (R6.6); claims take diagnoses separately.</summary>
/// <param name="Charge">The charge line id that payments, adjustments and claims refer to.</param>
/// <param name="DateOfService">The date of service.</param>
/// <param name="Kind">What the charge is for.</param>
/// <param name="Service">The catalog service, if any.</param>
/// <param name="Code">The billing code (CPT/HCPCS, or a practice code for fees).</param>
/// <param name="Modifiers">The modifiers (at most four).</param>
/// <param name="Units">The units.</param>
/// <param name="PlaceOfService">The two-digit place of service, for services.</param>
/// <param name="Clinician">The rendering clinician, if any.</param>
/// <param name="Appointment">The appointment it came from, if any.</param>
/// <param name="BillTo">The payer billed first, or <see langword="null"/> when the client is billed.</param>
/// <param name="ExpectedClientShare">For a payer-billed line, the copay expected at the point of service (client responsibility until the payer adjudicates); zero otherwise.</param>
/// <param name="Components">The parts of the full fee; the charge amount is their sum.</param>
/// <param name="Guarantor">
/// The guarantor (alternate bill-to person) the client's share of this line is addressed to, as the host's
/// reference for that person; <see langword="null"/> when the client is billed for it.
/// </param>
public sealed record ChargeDetails(
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
    string? Guarantor = null)
{
    /// <summary>Gets the guarantor reference, trimmed; <see langword="null"/> when the client is billed.</summary>
    public string? Guarantor { get; init; } = Guarantor is null ? null
        : !string.IsNullOrWhiteSpace(Guarantor) && Guarantor.Trim().Length <= LedgerRules.MaximumGuarantorReferenceLength ? Guarantor.Trim()
        : throw new ArgumentException("A guarantor reference is 1 to 64 characters.", nameof(Guarantor));

    /// <summary>Gets the modifiers.</summary>
    public ImmutableArray<string> Modifiers { get; init; } = Modifiers.IsDefault ? [] : Modifiers;

    /// <summary>Gets the components.</summary>
    public ImmutableArray<PriceComponent> Components { get; init; } = !Components.IsDefaultOrEmpty
        ? Components
        : throw new ArgumentException("A charge has at least one price component.", nameof(Components));

    /// <summary>Gets the sum of the components, which equals the charge entry's amount.</summary>
    public Money ComponentsTotal
    {
        get
        {
            var total = Components[0].Amount;
            for (var i = 1; i < Components.Length; i++)
            {
                total += Components[i].Amount;
            }

            return total;
        }
    }

    /// <summary>Gets a value indicating whether the charge may go on a claim: services only, never missed-appointment or administrative fees (R4.4).</summary>
    public bool IsClaimable => Kind == ChargeKind.Service;
}

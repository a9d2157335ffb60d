using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Billing.Claims;

/// <summary>
/// One claim service line (CMS-1500 item 24, 837P loop 2400): date, place of service, code with up to four modifiers,
/// diagnosis pointers (1–12, up to four, primary first), charge and units.
/// </summary>
/// <param name="Charge">The ledger charge line.</param>
/// <param name="DateOfService">The date of service (24A, DTP*472).</param>
/// <param name="PlaceOfService">The place of service (24B, SV105).</param>
/// <param name="Code">The CPT/HCPCS code (24D, SV101-2).</param>
/// <param name="Modifiers">Up to four modifiers (24D, SV101-3..6).</param>
/// <param name="DiagnosisPointers">Pointers to the claim's diagnoses, 1-based (24E as letters, SV107 as numbers).</param>
/// <param name="ChargeAmount">The charge (24F, SV102).</param>
/// <param name="Units">The units (24G, SV104).</param>
public sealed record ClaimServiceLine(
    ChargeId Charge,
    LocalDate DateOfService,
    string PlaceOfService,
    string Code,
    ImmutableArray<string> Modifiers,
    ImmutableArray<int> DiagnosisPointers,
    Money ChargeAmount,
    int Units)
{
    /// <summary>Gets the pointers as CMS-1500 item 24E letters (A–L), primary first, for example <c>AB</c>.</summary>
    public string PointerLetters => string.Concat(DiagnosisPointers.Select(p => p is >= 1 and <= 12 ? (char)('A' + p - 1) : '?'));

    /// <summary>Gets the 837P SV107 composite, for example <c>1:2</c>.</summary>
    public string CompositePointer => string.Join(':', DiagnosisPointers);

    /// <summary>Gets the 837P SV101 composite, for example <c>HC:90834:95</c>.</summary>
    public string ProcedureComposite => Modifiers.IsDefaultOrEmpty ? $"HC:{Code}" : $"HC:{Code}:{string.Join(':', Modifiers)}";
}

using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Claims;

/// <summary>One charge to put on a superbill, with its diagnoses.</summary>
/// <param name="Charge">The ledger charge line.</param>
/// <param name="Diagnoses">The ICD-10-CM diagnoses, primary first.</param>
public sealed record SuperbillLineInput(ChargeId Charge, ImmutableArray<DiagnosisCode> Diagnoses)
{
    /// <summary>Gets the diagnoses.</summary>
    public ImmutableArray<DiagnosisCode> Diagnoses { get; init; } = Diagnoses.IsDefault ? [] : Diagnoses;
}

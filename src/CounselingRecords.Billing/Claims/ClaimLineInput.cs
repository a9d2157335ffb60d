using System.Collections.Immutable;
using CounselingRecords.Coding;
using CounselingRecords.Identity;

namespace CounselingRecords.Billing.Claims;

/// <summary>One charge to claim, with the diagnoses it treats (primary first) and whether its documentation is signed (R7.6).</summary>
/// <param name="Charge">The ledger charge line.</param>
/// <param name="Diagnoses">The diagnoses for the line, primary first (at most four are pointed at, R2.3).</param>
/// <param name="DocumentationSigned">Whether the note documenting the service is signed; a claim is not created from an unsigned note (R7.6).</param>
public sealed record ClaimLineInput(ChargeId Charge, ImmutableArray<DiagnosisCode> Diagnoses, bool DocumentationSigned)
{
    /// <summary>Gets the diagnoses.</summary>
    public ImmutableArray<DiagnosisCode> Diagnoses { get; init; } = Diagnoses.IsDefault ? [] : Diagnoses;
}

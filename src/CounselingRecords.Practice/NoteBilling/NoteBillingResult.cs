using System.Collections.Immutable;
using CounselingRecords.Billing;
using CounselingRecords.Billing.Coding;
using CounselingRecords.Billing.Ledger;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Notes;

namespace CounselingRecords.Practice.NoteBilling;

/// <summary>
/// The outcome of billing a signed note: the ledger with the charges (and any sliding-fee discounts) to save, the
/// lines posted, the facts they were selected from, the documentation task closed, and every explanation.
/// </summary>
/// <param name="Ledger">The ledger with the new entries.</param>
/// <param name="Lines">The charges posted, in line order (an E/M code first when reported).</param>
/// <param name="ServiceFacts">The note's service facts (diagnoses and the signed content hash for the claim).</param>
/// <param name="SessionFacts">The session facts the codes were selected from.</param>
/// <param name="Codes">The code selection.</param>
/// <param name="DocumentationTask">The documentation task after billing (completed), or <see langword="null"/> when none was given.</param>
/// <param name="Explanations">The source, each code, the place of service and each price, in order.</param>
[CounselingRecords.Privacy.ProtectedHealthInformation]
public sealed record NoteBillingResult(
    ClientLedger Ledger,
    ImmutableArray<BilledLine> Lines,
    SessionServiceFacts ServiceFacts,
    SessionFacts SessionFacts,
    CodeSelection Codes,
    PracticeTask? DocumentationTask,
    ImmutableArray<Explanation> Explanations)
{
    /// <inheritdoc />
    public override string ToString() => $"NoteBillingResult {ServiceFacts.NoteId} ({Lines.Length} charges)";
}

using System.Collections.Immutable;
using CounselingRecords.Auditing;

namespace CounselingRecords.Records.Signing;

/// <summary>The result of verifying a record's signatures: intact, tampered (naming the records and fields), or unsigned.</summary>
public sealed class SignatureVerification
{
    /// <summary>Initializes a new instance of the <see cref="SignatureVerification"/> class.</summary>
    /// <param name="record">The verified record.</param>
    /// <param name="outcome">The overall result.</param>
    /// <param name="mismatches">What no longer matches (empty unless tampered).</param>
    public SignatureVerification(RecordReference record, VerificationOutcome outcome, ImmutableArray<FieldMismatch> mismatches)
    {
        var list = mismatches.IsDefault ? ImmutableArray<FieldMismatch>.Empty : mismatches;
        if ((outcome == VerificationOutcome.Tampered) != (list.Length > 0))
        {
            throw new ArgumentException("A tampered result lists its mismatches and only a tampered result does.", nameof(mismatches));
        }

        Record = record;
        Outcome = outcome;
        Mismatches = list;
    }

    /// <summary>Gets the verified record.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the overall result.</summary>
    public VerificationOutcome Outcome { get; }

    /// <summary>Gets what no longer matches.</summary>
    public ImmutableArray<FieldMismatch> Mismatches { get; }

    /// <summary>Gets a value indicating whether the record is signed and unchanged.</summary>
    public bool IsIntact => Outcome == VerificationOutcome.Intact;

    /// <summary>Returns the distinct names of the mismatched fields of a record.</summary>
    /// <param name="record">The record (the document or an addendum).</param>
    /// <returns>The field names, in the order found.</returns>
    public ImmutableArray<string> FieldsOf(RecordReference record) =>
        Mismatches.Where(m => m.Record == record).Select(m => m.Field).Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <inheritdoc />
    public override string ToString() => Outcome == VerificationOutcome.Tampered
        ? $"{Record}: Tampered ({string.Join(", ", Mismatches.Select(m => m.Record == Record ? m.Field : $"{m.Record}.{m.Field}").Distinct(StringComparer.Ordinal))})"
        : $"{Record}: {Outcome}";
}

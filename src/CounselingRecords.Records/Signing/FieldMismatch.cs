using CounselingRecords.Auditing;

namespace CounselingRecords.Records.Signing;

/// <summary>One thing that no longer matches: which record, which field, how, and under which signature.</summary>
public sealed class FieldMismatch
{
    /// <summary>Initializes a new instance of the <see cref="FieldMismatch"/> class.</summary>
    /// <param name="record">The record (the document itself or one of its addenda).</param>
    /// <param name="field">The field name, for example <c>Diagnoses</c> or <c>Sections.Plan</c>.</param>
    /// <param name="kind">How it no longer matches.</param>
    /// <param name="signature">The signature that found it.</param>
    public FieldMismatch(RecordReference record, string field, MismatchKind kind, SignatureMeaning signature)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Record = record;
        Field = field;
        Kind = kind;
        Signature = signature;
    }

    /// <summary>Gets the record.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the field name.</summary>
    public string Field { get; }

    /// <summary>Gets how it no longer matches.</summary>
    public MismatchKind Kind { get; }

    /// <summary>Gets the signature that found it.</summary>
    public SignatureMeaning Signature { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Record} {Field}: {Kind} ({Signature} signature)";
}

using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Integrity;

namespace CounselingRecords.Records.Signing;

/// <summary>
/// The signed content of a record as per-field hashes (ADR 0010). Each field's canonical text
/// (<see cref="CanonicalForm"/> with kind <c>{Kind}.{field}</c>) is hashed on its own; the content hash is the
/// SHA-256 of the canonical form of the kind, the encoding version, the record reference and every
/// <c>field = hash</c> in order. Keeping the field hashes lets verification name the field that changed.
/// </summary>
public sealed class SignedContent
{
    /// <summary>Initializes a new instance of the <see cref="SignedContent"/> class.</summary>
    /// <param name="record">The record.</param>
    /// <param name="kind">The canonical kind, for example <c>SessionNote</c>.</param>
    /// <param name="encoding">The version of the encoding for that kind.</param>
    /// <param name="fields">The signed fields, in canonical order, names unique.</param>
    public SignedContent(RecordReference record, string kind, int encoding, ImmutableArray<SignedField> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(encoding);
        var list = fields.IsDefault ? ImmutableArray<SignedField>.Empty : fields;
        if (list.Any(f => f is null) || list.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("Signed field names are unique and no field is null.", nameof(fields));
        }

        Record = record;
        Kind = kind;
        Encoding = encoding;
        Fields = list;
    }

    /// <summary>Gets the record.</summary>
    public RecordReference Record { get; }

    /// <summary>Gets the canonical kind.</summary>
    public string Kind { get; }

    /// <summary>Gets the encoding version.</summary>
    public int Encoding { get; }

    /// <summary>Gets the signed fields in canonical order.</summary>
    public ImmutableArray<SignedField> Fields { get; }

    /// <summary>Computes the content hash over the record reference and the field hashes.</summary>
    /// <returns>64 lowercase hex digits.</returns>
    public string ComputeHash() => ComputeHash(Kind, Encoding, Record, Fields);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} v{Encoding} {Record} ({Fields.Length} fields)";

    internal static string ComputeHash(string kind, int encoding, RecordReference record, ImmutableArray<SignedField> fields)
    {
        var form = new CanonicalForm(kind, encoding)
            .Add("record.type", record.RecordType)
            .Add("record.id", record.RecordId)
            .Add("fields.count", fields.Length);
        foreach (var field in fields)
        {
            form.Add("field." + field.Name, field.Hash);
        }

        return form.ComputeSha256();
    }
}

using System.Collections.Immutable;

namespace CounselingRecords.Records.Signing;

/// <summary>Compares a record's current signed content with a signature.</summary>
internal static class SignatureVerifier
{
    public static void Check(SignedContent current, Signature signature, ImmutableArray<FieldMismatch>.Builder into)
    {
        var record = current.Record;
        var meaning = signature.Meaning;
        if (signature.Record != record || signature.RecomputeSignatureHash() != signature.SignatureHash)
        {
            into.Add(new FieldMismatch(record, "Signature", MismatchKind.SignatureAltered, meaning));
        }

        if (signature.Encoding != current.Encoding)
        {
            into.Add(new FieldMismatch(record, "Signature.Encoding", MismatchKind.UnsupportedEncoding, meaning));
            return;
        }

        if (SignedContent.ComputeHash(current.Kind, signature.Encoding, signature.Record, signature.Fields) != signature.ContentHash)
        {
            into.Add(new FieldMismatch(record, "Signature.ContentHash", MismatchKind.ContentHashMismatch, meaning));
        }

        var signed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in signature.Fields)
        {
            signed[field.Name] = field.Hash;
        }

        foreach (var field in current.Fields)
        {
            if (!signed.Remove(field.Name, out var hash))
            {
                into.Add(new FieldMismatch(record, field.Name, MismatchKind.FieldAdded, meaning));
            }
            else if (!string.Equals(hash, field.Hash, StringComparison.Ordinal))
            {
                into.Add(new FieldMismatch(record, field.Name, MismatchKind.FieldChanged, meaning));
            }
        }

        foreach (var removed in signature.Fields.Where(f => signed.ContainsKey(f.Name)))
        {
            into.Add(new FieldMismatch(record, removed.Name, MismatchKind.FieldRemoved, meaning));
        }
    }
}

using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Integrity;
using NodaTime;

namespace CounselingRecords.Records.Signing;

/// <summary>Builds a <see cref="SignedContent"/>: one canonical form and hash per field.</summary>
internal sealed class SignedContentBuilder
{
    private readonly string _kind;
    private readonly int _encoding;
    private readonly RecordReference _record;
    private readonly ImmutableArray<SignedField>.Builder _fields = ImmutableArray.CreateBuilder<SignedField>();

    public SignedContentBuilder(string kind, int encoding, RecordReference record)
    {
        _kind = kind;
        _encoding = encoding;
        _record = record;
    }

    public SignedContentBuilder Field(string name, Action<CanonicalForm> write)
    {
        var form = new CanonicalForm(_kind + "." + name, _encoding);
        write(form);
        _fields.Add(new SignedField(name, form.ComputeSha256()));
        return this;
    }

    public SignedContentBuilder Field(string name, string? value) => Field(name, f => f.Add("value", value));

    public SignedContentBuilder Field(string name, bool value) => Field(name, f => f.Add("value", value));

    public SignedContentBuilder Field(string name, long value) => Field(name, f => f.Add("value", value));

    public SignedContentBuilder Field(string name, Instant? value) => Field(name, f => f.Add("value", value));

    public SignedContentBuilder Field(string name, LocalDate? value) => Field(name, f => f.Add("value", value));

    public SignedContentBuilder Field(string name, IEnumerable<string?> values) => Field(name, f => f.AddList("items", values));

    public SignedContent Build() => new(_record, _kind, _encoding, _fields.ToImmutable());
}

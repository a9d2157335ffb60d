namespace CounselingRecords.Records.Signing;

/// <summary>
/// One signed field of a record: its name (a property name, or <c>Sections.Plan</c> for a named section) and the
/// SHA-256 of its canonical text. Only the hash is kept, never the value.
/// </summary>
public sealed class SignedField
{
    /// <summary>Initializes a new instance of the <see cref="SignedField"/> class.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="hash">64 lowercase hex digits.</param>
    public SignedField(string name, string hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(hash);
        Name = name;
        Hash = hash;
    }

    /// <summary>Gets the field name.</summary>
    public string Name { get; }

    /// <summary>Gets the SHA-256 of the field's canonical text.</summary>
    public string Hash { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}={Hash[..Math.Min(12, Hash.Length)]}…";
}

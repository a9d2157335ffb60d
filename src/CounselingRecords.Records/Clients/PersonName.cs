using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Clients;

/// <summary>A legal name: given, middle, family and suffix. Claims and superbills print the legal name (anchors §3.1).</summary>
[ProtectedHealthInformation]
public sealed class PersonName
{
    /// <summary>Initializes a new instance of the <see cref="PersonName"/> class.</summary>
    /// <param name="given">The given (first) name.</param>
    /// <param name="middle">The middle name, if any.</param>
    /// <param name="family">The family (last) name.</param>
    /// <param name="suffix">A suffix such as <c>Jr.</c>, if any.</param>
    public PersonName(string given, string? middle, string family, string? suffix)
    {
        Given = given;
        Middle = middle;
        Family = family;
        Suffix = suffix;
    }

    /// <summary>Gets the given name.</summary>
    public string Given { get; }

    /// <summary>Gets the middle name.</summary>
    public string? Middle { get; }

    /// <summary>Gets the family name.</summary>
    public string Family { get; }

    /// <summary>Gets the suffix.</summary>
    public string? Suffix { get; }

    /// <summary>Returns the full legal name, for example "Jordan A. Rivera Jr.".</summary>
    /// <returns>The name.</returns>
    public string ToDisplayText() =>
        string.Join(' ', new[] { Given, Middle, Family, Suffix }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <inheritdoc />
    public override string ToString() => "PersonName";
}

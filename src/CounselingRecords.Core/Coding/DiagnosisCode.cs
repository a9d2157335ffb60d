using System.Diagnostics.CodeAnalysis;

namespace CounselingRecords.Coding;

/// <summary>
/// An ICD-10-CM diagnosis code such as <c>F41.1</c>: a letter, a digit and a letter or digit, then optionally
/// a decimal point and one to four letters or digits. The code is kept upper case with its decimal point;
/// <see cref="WithoutDecimalPoint"/> gives the form claims use (R2.2). Only the format is checked, not
/// membership in a code-set release.
/// </summary>
public readonly struct DiagnosisCode : IEquatable<DiagnosisCode>, IComparable<DiagnosisCode>
{
    private readonly string? _value;

    private DiagnosisCode(string value) => _value = value;

    /// <summary>Gets the code with its decimal point, for example <c>F41.1</c>.</summary>
    public string Value => _value ?? throw new InvalidOperationException("default(DiagnosisCode) has no value.");

    /// <summary>Gets the code without its decimal point, for example <c>F411</c> (CMS-1500 item 21, 837P HI).</summary>
    public string WithoutDecimalPoint => Value.Replace(".", string.Empty, StringComparison.Ordinal);

    /// <summary>Gets the three-character category, for example <c>F41</c>.</summary>
    public string Category => Value[..3];

    /// <summary>Parses a code with or without its decimal point, in any case.</summary>
    /// <param name="text">The text, for example <c>f41.1</c> or <c>F411</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not an ICD-10-CM code.</exception>
    public static DiagnosisCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException("An ICD-10-CM code is a letter, a digit and a letter or digit, optionally followed by '.' and 1-4 letters or digits.");
    }

    /// <summary>Tries to parse a code with or without its decimal point, in any case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns><see langword="true"/> when the text is an ICD-10-CM code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DiagnosisCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = text.Trim().ToUpperInvariant();
        string head, tail;
        var dot = compact.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            head = compact[..dot];
            tail = compact[(dot + 1)..];
            if (tail.Length == 0)
            {
                return false;
            }
        }
        else
        {
            head = compact.Length > 3 ? compact[..3] : compact;
            tail = compact.Length > 3 ? compact[3..] : string.Empty;
        }

        if (head.Length != 3 || !char.IsAsciiLetterUpper(head[0]) || !char.IsAsciiDigit(head[1]) || !IsAlphanumeric(head[2])
            || tail.Length > 4 || !tail.All(IsAlphanumeric))
        {
            return false;
        }

        code = new DiagnosisCode(tail.Length == 0 ? head : head + "." + tail);
        return true;
    }

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DiagnosisCode left, DiagnosisCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DiagnosisCode left, DiagnosisCode right) => !left.Equals(right);

    /// <summary>Orders codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(DiagnosisCode left, DiagnosisCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(DiagnosisCode left, DiagnosisCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(DiagnosisCode left, DiagnosisCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(DiagnosisCode left, DiagnosisCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(DiagnosisCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DiagnosisCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(DiagnosisCode other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;

    private static bool IsAlphanumeric(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
}

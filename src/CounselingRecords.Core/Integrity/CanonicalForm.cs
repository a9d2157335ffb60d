using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Integrity;

/// <summary>
/// Builds the canonical text of a record for hashing: named fields in the order they are added, each written
/// as <c>name=length:value</c> on its own line (<c>name=-</c> for a missing value), so that two different
/// records never produce the same text and the same record always does. Times are ISO 8601 with nanoseconds,
/// numbers invariant. Used by the audit chain and by signatures over clinical records.
/// </summary>
public sealed class CanonicalForm
{
    private readonly StringBuilder _builder = new(256);

    /// <summary>Initializes a new instance of the <see cref="CanonicalForm"/> class.</summary>
    /// <param name="kind">What is being encoded, for example <c>SessionNote</c>; written first.</param>
    /// <param name="version">The version of the encoding for that kind, written second.</param>
    public CanonicalForm(string kind, int version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        Add("kind", kind);
        Add("encoding", version);
    }

    /// <summary>Adds a text field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value, or <see langword="null"/> when absent.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _builder.Append(name).Append('=');
        if (value is null)
        {
            _builder.Append('-');
        }
        else
        {
            _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Adds an integer field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a decimal field (invariant, as written, so 1.50 and 1.5 differ).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, decimal value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a Boolean field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, bool value) => Add(name, value ? "true" : "false");

    /// <summary>Adds an instant field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, Instant? value) => Add(name, value is { } v ? InstantPattern.ExtendedIso.Format(v) : null);

    /// <summary>Adds a date field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, LocalDate? value) => Add(name, value is { } v ? LocalDatePattern.Iso.Format(v) : null);

    /// <summary>Adds a local date-time field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm Add(string name, LocalDateTime? value) => Add(name, value is { } v ? LocalDateTimePattern.ExtendedIso.Format(v) : null);

    /// <summary>Adds a list field: its count, then each item as <c>name[i]</c>.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="values">The items.</param>
    /// <returns>This builder.</returns>
    public CanonicalForm AddList(string name, IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var items = values as IReadOnlyCollection<string?> ?? values.ToList();
        Add(name + ".count", items.Count);
        var i = 0;
        foreach (var item in items)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"{name}[{i++}]"), item);
        }

        return this;
    }

    /// <summary>Returns the canonical text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => _builder.ToString();

    /// <summary>Returns the SHA-256 of the canonical text (UTF-8) as 64 lowercase hex digits.</summary>
    /// <returns>The hash.</returns>
    public string ComputeSha256() => Sha256Hex(_builder.ToString());

    /// <summary>Returns the SHA-256 of a text (UTF-8) as 64 lowercase hex digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    public static string Sha256Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(hash);
#else
        return Convert.ToHexString(hash).ToLowerInvariant();
#endif
    }

    /// <summary>Returns the canonical text; it may hold record content, so never log it.</summary>
    /// <returns>A description without content.</returns>
    public override string ToString() => $"CanonicalForm ({_builder.Length} characters)";
}

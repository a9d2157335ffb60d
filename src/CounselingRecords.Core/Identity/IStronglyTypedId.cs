using System.Diagnostics.CodeAnalysis;

namespace CounselingRecords.Identity;

/// <summary>
/// A strongly typed identifier: a <see cref="Guid"/> wrapped in its own type so that a client id can never be
/// passed where an appointment id is expected. The text form is <c>{prefix}_{32 lowercase hex digits}</c>,
/// for example <c>cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f</c>; the prefix names the kind of record and is
/// checked when parsing.
/// </summary>
/// <typeparam name="TSelf">The id type itself.</typeparam>
public interface IStronglyTypedId<TSelf> : IEquatable<TSelf>, ISpanFormattable, ISpanParsable<TSelf>
    where TSelf : struct, IStronglyTypedId<TSelf>
{
    /// <summary>Gets the wrapped value.</summary>
    Guid Value { get; }

    /// <summary>Gets the prefix of the text form, for example <c>cli</c> for a client.</summary>
    static abstract string Prefix { get; }

    /// <summary>Wraps a value created elsewhere (by an <see cref="IIdGenerator"/> or read from storage).</summary>
    /// <param name="value">The value to wrap.</param>
    /// <returns>The id.</returns>
    static abstract TSelf FromGuid(Guid value);

    /// <summary>Gets a value indicating whether this is the empty (default) id, which never names a record.</summary>
    bool IsEmpty => Value == Guid.Empty;

    /// <inheritdoc />
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => StronglyTypedId.Format((TSelf)this);

    /// <inheritdoc />
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        StronglyTypedId.TryFormat((TSelf)this, destination, out charsWritten);

    /// <inheritdoc />
    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => StronglyTypedId.Parse<TSelf>(s);

    /// <inheritdoc />
    static bool IParsable<TSelf>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TSelf result) =>
        StronglyTypedId.TryParse(s, out result);

    /// <inheritdoc />
    static TSelf ISpanParsable<TSelf>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        StronglyTypedId.TryParse<TSelf>(s, out var id) ? id : throw StronglyTypedId.FormatError<TSelf>(s.ToString());

    /// <inheritdoc />
    static bool ISpanParsable<TSelf>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TSelf result) =>
        StronglyTypedId.TryParse(s, out result);
}

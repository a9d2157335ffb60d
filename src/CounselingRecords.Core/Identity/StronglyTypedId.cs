using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CounselingRecords.Identity;

/// <summary>
/// Formatting, parsing and creation helpers shared by every <see cref="IStronglyTypedId{TSelf}"/>.
/// </summary>
public static class StronglyTypedId
{
    private const int HexLength = 32;

    /// <summary>Creates a new id of the given type from <paramref name="generator"/>.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="generator">The generator that supplies the value.</param>
    /// <returns>A new, non-empty id.</returns>
    public static TId New<TId>(this IIdGenerator generator)
        where TId : struct, IStronglyTypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(generator);
        var value = generator.NewGuid();
        if (value == Guid.Empty)
        {
            throw new InvalidOperationException($"The id generator {generator.GetType().Name} returned the empty Guid.");
        }

        return TId.FromGuid(value);
    }

    /// <summary>Formats an id as <c>{prefix}_{32 lowercase hex digits}</c>.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <returns>The text form.</returns>
    public static string Format<TId>(TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        var prefix = TId.Prefix;
        return string.Create(prefix.Length + 1 + HexLength, id, static (span, state) =>
        {
            TryFormat(state, span, out _);
        });
    }

    /// <summary>Writes the text form of an id into <paramref name="destination"/> without allocating.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="id">The id.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns><see langword="true"/> when the destination was large enough.</returns>
    public static bool TryFormat<TId>(TId id, Span<char> destination, out int charsWritten)
        where TId : struct, IStronglyTypedId<TId>
    {
        var prefix = TId.Prefix;
        var length = prefix.Length + 1 + HexLength;
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        prefix.AsSpan().CopyTo(destination);
        destination[prefix.Length] = '_';
        id.Value.TryFormat(destination[(prefix.Length + 1)..], out _, "N");
        charsWritten = length;
        return true;
    }

    /// <summary>Parses the text form of an id, checking its prefix.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not an id of this type.</exception>
    public static TId Parse<TId>(string text)
        where TId : struct, IStronglyTypedId<TId>
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse<TId>(text.AsSpan(), out var id) ? id : throw FormatError<TId>(text);
    }

    /// <summary>Tries to parse the text form of an id, checking its prefix.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a non-empty id of this type.</returns>
    public static bool TryParse<TId>([NotNullWhen(true)] string? text, out TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        if (text is null)
        {
            id = default;
            return false;
        }

        return TryParse(text.AsSpan(), out id);
    }

    /// <summary>Tries to parse the text form of an id from a span.</summary>
    /// <typeparam name="TId">The id type.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="id">The id, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a non-empty id of this type.</returns>
    public static bool TryParse<TId>(ReadOnlySpan<char> text, out TId id)
        where TId : struct, IStronglyTypedId<TId>
    {
        id = default;
        var prefix = TId.Prefix;
        if (text.Length != prefix.Length + 1 + HexLength
            || !text.StartsWith(prefix, StringComparison.Ordinal)
            || text[prefix.Length] != '_')
        {
            return false;
        }

        var hex = text[(prefix.Length + 1)..];
        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (!Guid.TryParseExact(hex, "N", out var value) || value == Guid.Empty)
        {
            return false;
        }

        id = TId.FromGuid(value);
        return true;
    }

    internal static FormatException FormatError<TId>(string text)
        where TId : struct, IStronglyTypedId<TId>
    {
        // Only the length is reported: the text came from outside and is not echoed back.
        return new FormatException(string.Format(
            CultureInfo.InvariantCulture,
            "The text (length {0}) is not a {1}: expected '{2}_' followed by 32 lowercase hexadecimal digits.",
            text.Length,
            typeof(TId).Name,
            TId.Prefix));
    }
}

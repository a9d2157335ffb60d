using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Identity;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes an id as its text form (<c>"cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f"</c>) and reads it back, checking the
/// prefix; also usable for dictionary keys. Ids of <c>CounselingRecords.Core</c> are handled by
/// <see cref="StronglyTypedIdJsonConverterFactory"/>; add an instance of this converter for an id type declared
/// elsewhere.
/// </summary>
/// <typeparam name="TId">The id type.</typeparam>
public sealed class StronglyTypedIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IStronglyTypedId<TId>
{
    private const int MaxLength = 64;

    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, $"A {typeof(TId).Name} is a JSON string.");
        }

        return Parse(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[MaxLength];
        writer.WriteStringValue(Format(value, buffer));
    }

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[MaxLength];
        writer.WritePropertyName(Format(value, buffer));
    }

    private static ReadOnlySpan<char> Format(TId value, Span<char> buffer)
    {
        if (value.Value == Guid.Empty)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, $"The empty {typeof(TId).Name} names no record and is not written.");
        }

        return StronglyTypedId.TryFormat(value, buffer, out var written)
            ? buffer[..written]
            : throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, $"The {typeof(TId).Name} prefix is too long to format.");
    }

    private static TId Parse(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength)
        {
            throw Invalid();
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var written = reader.CopyString(buffer);
        return StronglyTypedId.TryParse<TId>(buffer[..written], out var id) ? id : throw Invalid();
    }

    private static CounselingRecordsJsonException Invalid() =>
        new(SerializationErrorCodes.InvalidValue, $"A {typeof(TId).Name} is '{TId.Prefix}_' followed by 32 lowercase hexadecimal digits, not all zero.");
}

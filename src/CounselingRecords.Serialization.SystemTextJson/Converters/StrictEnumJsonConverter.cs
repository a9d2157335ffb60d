using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes an enumeration value as its declared name (<c>"InPerson"</c>; a <see cref="FlagsAttribute"/>
/// combination as <c>"Clinician, Supervisor"</c>) and reads back only declared names, matched exactly. Numbers
/// and unknown names are refused with <see cref="SerializationErrorCodes.UnknownEnumValue"/>, so a document can
/// never smuggle in an undefined status.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class StrictEnumJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private const int MaxNameLength = 256;
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);
    private static readonly bool IsUnsigned64 = Type.GetTypeCode(Enum.GetUnderlyingType(typeof(TEnum))) == TypeCode.UInt64;
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Values.ToFrozenDictionary(v => v.ToString(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Values.DistinctBy(v => v).ToFrozenDictionary(v => v, v => v.ToString());

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unknown();
        }

        return Parse(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private static TEnum Parse(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxNameLength)
        {
            throw Unknown();
        }

        var text = reader.GetString()!;
        if (ByName.TryGetValue(text, out var value))
        {
            return value;
        }

        if (!IsFlags)
        {
            throw Unknown();
        }

        ulong bits = 0;
        foreach (var part in text.Split(", "))
        {
            if (!ByName.TryGetValue(part, out var flag))
            {
                throw Unknown();
            }

            bits |= ToBits(flag);
        }

        return FromBits(bits);
    }

    private static string Format(TEnum value)
    {
        if (ByValue.TryGetValue(value, out var name))
        {
            return name;
        }

        if (IsFlags)
        {
            var remaining = ToBits(value);
            var parts = new StringBuilder();
            foreach (var flag in Values)
            {
                var bits = ToBits(flag);
                if (bits != 0 && (remaining & bits) == bits)
                {
                    parts.Append(parts.Length == 0 ? string.Empty : ", ").Append(ByValue[flag]);
                    remaining &= ~bits;
                }
            }

            if (remaining == 0 && parts.Length > 0)
            {
                return parts.ToString();
            }
        }

        throw new CounselingRecordsJsonException(SerializationErrorCodes.UnknownEnumValue, $"The value is not a defined {typeof(TEnum).Name} and is not written.");
    }

    private static ulong ToBits(TEnum value) => IsUnsigned64
        ? Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture)
        : unchecked((ulong)Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));

    private static TEnum FromBits(ulong bits) => (TEnum)Enum.ToObject(typeof(TEnum), bits);

    private static CounselingRecordsJsonException Unknown() =>
        new(SerializationErrorCodes.UnknownEnumValue, $"A {typeof(TEnum).Name} is one of its declared names, written as a JSON string.");
}

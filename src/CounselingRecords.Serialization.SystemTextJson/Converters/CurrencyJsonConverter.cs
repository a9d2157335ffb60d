using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Finance;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes a <see cref="Currency"/> as its ISO 4217 code (<c>"USD"</c>). A currency created with
/// <see cref="Currency.Create"/> that is not in the built-in table is written as
/// <c>{"code":"XTS","minorUnits":3}</c> so that its minor unit survives. Codes are read in upper case only.
/// </summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <summary>Gets the shared instance.</summary>
    public static CurrencyJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var code = ReadCode(ref reader);
                return Currency.TryFromCode(code, out var known) && string.Equals(known.Code, code, StringComparison.Ordinal)
                    ? known
                    : throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "The currency is not an ISO 4217 code this library knows; write others as {\"code\", \"minorUnits\"}.");
            case JsonTokenType.StartObject:
                return ReadCustom(ref reader);
            default:
                throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "A currency is a JSON string (an ISO 4217 code) or an object {\"code\", \"minorUnits\"}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "The default Currency names no currency and is not written.");
        }

        if (Currency.TryFromCode(value.Code, out var known) && known.MinorUnits == value.MinorUnits)
        {
            writer.WriteStringValue(value.Code);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteNumber("minorUnits", value.MinorUnits);
        writer.WriteEndObject();
    }

    private static string ReadCode(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length != 3)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "A currency code is three upper-case letters.");
        }

        return reader.GetString()!;
    }

    private static Currency ReadCustom(ref Utf8JsonReader reader)
    {
        string? code = null;
        int? minorUnits = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code" when code is null && reader.TokenType == JsonTokenType.String:
                    code = ReadCode(ref reader);
                    break;
                case "minorUnits" when minorUnits is null && reader.TokenType == JsonTokenType.Number:
                    minorUnits = reader.TryGetInt32(out var units) && units is >= 0 and <= 4
                        ? units
                        : throw new CounselingRecordsJsonException(SerializationErrorCodes.NumberOutOfRange, "A currency's minor unit is 0 to 4 digits.");
                    break;
                default:
                    throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "A custom currency is exactly {\"code\": string, \"minorUnits\": number}.");
            }
        }

        if (code is null || minorUnits is null)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.MissingValue, "A custom currency needs both \"code\" and \"minorUnits\".");
        }

        if (code.Any(c => !char.IsAsciiLetterUpper(c)))
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "A currency code is three upper-case letters.");
        }

        if (Currency.TryFromCode(code, out var known) && known.MinorUnits != minorUnits.Value)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "The minor unit contradicts ISO 4217 for this currency.");
        }

        return Currency.Create(code, minorUnits.Value);
    }
}

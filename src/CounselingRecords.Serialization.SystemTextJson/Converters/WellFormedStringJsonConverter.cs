using System.Text.Json;
using System.Text.Json.Serialization;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes strings only when they are well-formed UTF-16: a lone surrogate (half an emoji, left by a bad cut) would
/// be written as an escape no reader can decode, or replaced silently, so a clinical note could be stored but
/// never read back unchanged. Such a string is refused with <see cref="SerializationErrorCodes.InvalidValue"/>.
/// </summary>
internal sealed class WellFormedStringJsonConverter : JsonConverter<string>
{
    public static WellFormedStringJsonConverter Instance { get; } = new();

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "Expected a string.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Check(value));
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Check(value));
    }

    private static string Check(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "The text holds a lone surrogate (half of a character) and cannot be stored without changing it.");
        }

        return value;
    }
}

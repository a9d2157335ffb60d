using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Coding;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes a <see cref="DiagnosisCode"/> as its ICD-10-CM text with the decimal point (<c>"F41.1"</c>); reads
/// only that canonical form (upper case, decimal point where it belongs), so a stored code is never rewritten.
/// </summary>
public sealed class DiagnosisCodeJsonConverter : JsonConverter<DiagnosisCode>
{
    private const int MaxLength = 8;

    /// <summary>Gets the shared instance.</summary>
    public static DiagnosisCodeJsonConverter Instance { get; } = new();

    /// <inheritdoc />
    public override DiagnosisCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "A diagnosis code is a JSON string such as \"F41.1\".");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        var text = length <= MaxLength ? reader.GetString() : null;
        return DiagnosisCode.TryParse(text, out var code) && string.Equals(code.Value, text, StringComparison.Ordinal)
            ? code
            : throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "A diagnosis code is an upper-case ICD-10-CM code with its decimal point, such as \"F41.1\".");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DiagnosisCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var text = value.ToString();
        if (text.Length == 0)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "default(DiagnosisCode) has no value and is not written.");
        }

        writer.WriteStringValue(text);
    }
}

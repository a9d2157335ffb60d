using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Scheduling.Waitlist;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Reads and writes <see cref="TimeWindow"/> (a waitlist preference) as <c>{"start": "16:00:00", "end": "19:00:00"}</c>.
/// <see cref="TimeWindow"/> is a struct whose state is set by its constructor only; System.Text.Json binds a struct to its
/// implicit parameterless constructor, which would leave both times unset, so this converter rebuilds it through the
/// constructor (which refuses a window that does not end after it starts). Strict like the contracts: both members
/// required, no other member, no duplicate.
/// </summary>
internal sealed class TimeWindowJsonConverter : JsonConverter<TimeWindow>
{
    public static TimeWindowJsonConverter Instance { get; } = new();

    public override TimeWindow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "A time window is a JSON object with a start and an end time.");
        }

        LocalTime? start = null;
        LocalTime? end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new CounselingRecordsJsonException(SerializationErrorCodes.NullValue, $"The time window's {name} cannot be null.");
            }

            switch (name)
            {
                case "start" when start is null:
                    start = ReadTime(ref reader);
                    break;
                case "end" when end is null:
                    end = ReadTime(ref reader);
                    break;
                case "start" or "end":
                    throw new CounselingRecordsJsonException(SerializationErrorCodes.DuplicateProperty, $"The time window's {name} is given twice.");
                default:
                    throw new CounselingRecordsJsonException(SerializationErrorCodes.UnknownProperty, "A time window has only a start and an end.");
            }
        }

        if (start is null || end is null)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.MissingValue, "A time window needs both a start and an end.");
        }

        return end.Value > start.Value
            ? new TimeWindow(start.Value, end.Value)
            : throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidState, "A time window must end after it starts.");
    }

    public override void Write(Utf8JsonWriter writer, TimeWindow value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("start", LocalTimePattern.ExtendedIso.Format(value.Start));
        writer.WriteString("end", LocalTimePattern.ExtendedIso.Format(value.End));
        writer.WriteEndObject();
    }

    // The form the NodaTime converters use for every other LocalTime of the documents.
    private static LocalTime ReadTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "A time of a time window is a JSON string such as \"16:00:00\".");
        }

        var parsed = LocalTimePattern.ExtendedIso.Parse(reader.GetString()!);
        return parsed.Success
            ? parsed.Value
            : throw new CounselingRecordsJsonException(SerializationErrorCodes.InvalidValue, "A time of a time window is an ISO time such as \"16:00:00\".");
    }
}

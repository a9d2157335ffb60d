using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Identity;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Writes an <see cref="ImmutableDictionary{TKey, TValue}"/> keyed by an id as a JSON object whose property names
/// are the ids' text forms, <b>in ordinal order of those names</b>, so that the same dictionary is always the same
/// bytes (an immutable dictionary enumerates in hash order, which depends on how it was built). Reads the object
/// back, refusing a key that is not an id of the right kind, a key given twice and a null value.
/// </summary>
/// <typeparam name="TId">The id type of the keys.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class IdKeyedDictionaryJsonConverter<TId, TValue> : JsonConverter<ImmutableDictionary<TId, TValue>>, IIdKeyedDictionaryConverter
    where TId : struct, IStronglyTypedId<TId>
{
    private static readonly StronglyTypedIdJsonConverter<TId> Keys = new();

    /// <inheritdoc />
    public override bool HandleNull => false;

    /// <summary>Gets the value type, for the contract check.</summary>
    Type IIdKeyedDictionaryConverter.ValueType => typeof(TValue);

    /// <inheritdoc />
    public override ImmutableDictionary<TId, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new CounselingRecordsJsonException(SerializationErrorCodes.WrongType, "A dictionary keyed by id is a JSON object.");
        }

        var values = (JsonConverter<TValue>)options.GetTypeInfo(typeof(TValue)).Converter;
        var builder = ImmutableDictionary.CreateBuilder<TId, TValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = Keys.ReadAsPropertyName(ref reader, typeof(TId), options);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new CounselingRecordsJsonException(SerializationErrorCodes.NullValue, "A dictionary value is never null.");
            }

            var value = values.Read(ref reader, typeof(TValue), options)
                ?? throw new CounselingRecordsJsonException(SerializationErrorCodes.NullValue, "A dictionary value is never null.");
            if (!builder.TryAdd(key, value))
            {
                throw new CounselingRecordsJsonException(SerializationErrorCodes.DuplicateProperty, "The property appears more than once in its object.");
            }
        }

        return builder.ToImmutable();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ImmutableDictionary<TId, TValue> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var values = (JsonConverter<TValue>)options.GetTypeInfo(typeof(TValue)).Converter;
        writer.WriteStartObject();
        foreach (var entry in value.OrderBy(e => StronglyTypedId.Format(e.Key), StringComparer.Ordinal))
        {
            Keys.WriteAsPropertyName(writer, entry.Key, options);
            values.Write(writer, entry.Value, options);
        }

        writer.WriteEndObject();
    }
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Applies <see cref="IdKeyedDictionaryJsonConverter{TId, TValue}"/> to every <see cref="ImmutableDictionary{TKey, TValue}"/>
/// keyed by a Core id, so that such dictionaries are written in key order. The dictionaries of the registered
/// aggregates are created without reflection; others are created on first use, which needs dynamic code (a native
/// AOT application registers <see cref="IdKeyedDictionaryJsonConverter{TId, TValue}"/> for them itself).
/// </summary>
public sealed class IdKeyedDictionaryJsonConverterFactory : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, JsonConverter> Converters = new(new Dictionary<Type, JsonConverter>
    {
        // ZoneDirectory.
        [typeof(ImmutableDictionary<LocationId, DateTimeZone>)] = new IdKeyedDictionaryJsonConverter<LocationId, DateTimeZone>(),
        [typeof(ImmutableDictionary<ClinicianId, DateTimeZone>)] = new IdKeyedDictionaryJsonConverter<ClinicianId, DateTimeZone>(),
        [typeof(ImmutableDictionary<ClientId, DateTimeZone>)] = new IdKeyedDictionaryJsonConverter<ClientId, DateTimeZone>(),
    });

    /// <summary>Gets the shared instance.</summary>
    public static IdKeyedDictionaryJsonConverterFactory Instance { get; } = new();

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return Converters.ContainsKey(typeToConvert)
            || (typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>)
                && StronglyTypedIdJsonConverterFactory.SupportedTypes.Contains(typeToConvert.GetGenericArguments()[0]));
    }

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        if (Converters.TryGetValue(typeToConvert, out var converter))
        {
            return converter;
        }

        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            throw new NotSupportedException(
                $"Add new IdKeyedDictionaryJsonConverter<,>() for {typeToConvert.Name} to JsonSerializerOptions.Converters: without dynamic code it cannot be created on demand.");
        }

        return Converters.GetOrAdd(typeToConvert, CreateDynamic);
    }

    [RequiresDynamicCode("Creates a generic converter for a dictionary type known only at run time.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "The type arguments are those of a dictionary type the serializer already handles.")]
    private static JsonConverter CreateDynamic(Type dictionaryType)
    {
        var arguments = dictionaryType.GetGenericArguments();
        var method = typeof(IdKeyedDictionaryJsonConverterFactory).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;
        return (JsonConverter)method.MakeGenericMethod(arguments[0], arguments[1]).Invoke(null, null)!;
    }

    private static JsonConverter Create<TId, TValue>()
        where TId : struct, IStronglyTypedId<TId> => new IdKeyedDictionaryJsonConverter<TId, TValue>();
}

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Care;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Applies <see cref="StrictEnumJsonConverter{TEnum}"/> to every enumeration. Converters for the enumerations
/// of <c>CounselingRecords.Core</c> and of every registered aggregate are created without reflection; others are
/// created on first use, which needs dynamic code: a native AOT application registers
/// <see cref="StrictEnumJsonConverter{TEnum}"/> for each of its other enumerations itself.
/// </summary>
public sealed class StrictEnumJsonConverterFactory : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, JsonConverter> Converters = new(new Dictionary<Type, JsonConverter>
    {
        [typeof(Role)] = new StrictEnumJsonConverter<Role>(),
        [typeof(AccessAction)] = new StrictEnumJsonConverter<AccessAction>(),
        [typeof(AuditAction)] = new StrictEnumJsonConverter<AuditAction>(),
        [typeof(AuditCategory)] = new StrictEnumJsonConverter<AuditCategory>(),
        [typeof(AuditOutcome)] = new StrictEnumJsonConverter<AuditOutcome>(),
        [typeof(AuditChainProblem)] = new StrictEnumJsonConverter<AuditChainProblem>(),
        [typeof(Modality)] = new StrictEnumJsonConverter<Modality>(),
        [typeof(ClientLocationKind)] = new StrictEnumJsonConverter<ClientLocationKind>(),
        [typeof(PayerClass)] = new StrictEnumJsonConverter<PayerClass>(),
    }.Concat(DocumentEnumConverters.All));

    /// <summary>Gets the enumerations whose converters exist without reflection.</summary>
    internal static ICollection<Type> KnownTypes => Converters.Keys;

    /// <summary>Gets the shared instance.</summary>
    public static StrictEnumJsonConverterFactory Instance { get; } = new();

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
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
                $"Add new StrictEnumJsonConverter<{typeToConvert.Name}>() to JsonSerializerOptions.Converters: without dynamic code the converter of an enumeration outside CounselingRecords.Core cannot be created on demand.");
        }

        return Converters.GetOrAdd(typeToConvert, CreateDynamic);
    }

    [RequiresDynamicCode("Creates a generic converter for an enumeration known only at run time.")]
    [UnconditionalSuppressMessage("Trimming", "IL2071", Justification = "Enumerations are value types: their parameterless constructor is intrinsic and cannot be trimmed away.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Enumerations are value types: their parameterless constructor is intrinsic and cannot be trimmed away.")]
    private static JsonConverter CreateDynamic(Type enumType)
    {
        var method = typeof(StrictEnumJsonConverterFactory).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;
        return (JsonConverter)method.MakeGenericMethod(enumType).Invoke(null, null)!;
    }

    private static JsonConverter Create<TEnum>()
        where TEnum : struct, Enum => new StrictEnumJsonConverter<TEnum>();
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CounselingRecords.Serialization.SystemTextJson.Converters;
using CounselingRecords.Serialization.SystemTextJson.Validation;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>Configures System.Text.Json for the CounselingRecords wire format (mirrors NodaTime's <c>ConfigureForNodaTime</c>).</summary>
public static class JsonSerializerOptionsExtensions
{
    /// <summary>
    /// Configures <paramref name="options"/> for the CounselingRecords wire format:
    /// <list type="bullet">
    /// <item>NodaTime types in ISO form (<c>NodaTime.Serialization.SystemTextJson</c>; time zones by IANA id from <paramref name="zones"/>, TZDB by default);</item>
    /// <item>every Core id as its text form (<c>"cli_…"</c>), <c>Money</c> as <c>{"amount":"12.35","currency":"USD"}</c>,
    /// <c>Currency</c> as its ISO code, <c>DiagnosisCode</c> as <c>"F41.1"</c>, enumerations as their declared names,
    /// dictionaries keyed by id as objects whose property names are the ids, in ordinal order;</item>
    /// <item>strings written only when they are well-formed UTF-16 (a lone surrogate is refused, not mangled);</item>
    /// <item>camelCase property names, nulls written, strict numbers, unknown properties refused, no comments or
    /// trailing commas, at most 64 levels of nesting;</item>
    /// <item>only an object's state is written: for a type built through a constructor, the properties that are
    /// constructor parameters (computed properties such as <c>Key</c> are left out);</item>
    /// <item>the source-generated contracts of <see cref="CounselingRecordsJson.Contracts"/> first in the resolver
    /// chain; when the chain was empty and reflection is enabled, reflection-based contracts after them so that other
    /// types keep working.</item>
    /// </list>
    /// Calling it twice changes nothing more.
    /// </summary>
    /// <param name="options">The options to configure (not yet used for serialization).</param>
    /// <param name="zones">The time-zone provider; TZDB when omitted.</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions ConfigureForCounselingRecords(this JsonSerializerOptions options, IDateTimeZoneProvider? zones = null) =>
        Configure(options, zones, []);

    internal static JsonSerializerOptions Configure(JsonSerializerOptions options, IDateTimeZoneProvider? zones, IReadOnlyList<IJsonTypeInfoResolver> firstResolvers)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Converters.Contains(StronglyTypedIdJsonConverterFactory.Instance))
        {
            return options;
        }

        options.ConfigureForNodaTime(zones ?? DateTimeZoneProviders.Tzdb);
        options.Converters.Add(StronglyTypedIdJsonConverterFactory.Instance);
        options.Converters.Add(MoneyJsonConverter.Instance);
        options.Converters.Add(CurrencyJsonConverter.Instance);
        options.Converters.Add(DiagnosisCodeJsonConverter.Instance);
        options.Converters.Add(TimeWindowJsonConverter.Instance);
        options.Converters.Add(StrictEnumJsonConverterFactory.Instance);
        options.Converters.Add(IdKeyedDictionaryJsonConverterFactory.Instance);
        options.Converters.Add(WellFormedStringJsonConverter.Instance);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = false;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.IgnoreReadOnlyProperties = false;
        options.IncludeFields = false;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.MaxDepth = 64;
#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
#endif
#if NET10_0_OR_GREATER
        options.AllowDuplicateProperties = false;
#endif

        var hadResolvers = options.TypeInfoResolverChain.Count > 0;
        var ours = new List<IJsonTypeInfoResolver>(firstResolvers) { CounselingRecordsJsonContext.Default };
        if (!hadResolvers && ReflectionFallback() is { } reflection)
        {
            ours.Add(reflection);
        }

        var existing = options.TypeInfoResolverChain.ToList();
        options.TypeInfoResolverChain.Clear();
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine([.. ours, .. existing]).WithAddedModifier(StateContract.Modify);
        return options;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only used when reflection-based serialization is enabled (JsonSerializer.IsReflectionEnabledByDefault), which trimmed and native AOT applications turn off.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only used when reflection-based serialization is enabled (JsonSerializer.IsReflectionEnabledByDefault), which native AOT applications turn off.")]
    private static IJsonTypeInfoResolver? ReflectionFallback() =>
        JsonSerializer.IsReflectionEnabledByDefault ? new DefaultJsonTypeInfoResolver() : null;
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>Ready-made, read-only wire-format options and contracts.</summary>
public static class CounselingRecordsJson
{
    private static readonly Lazy<JsonSerializerOptions> LazyOptions = new(() =>
    {
        var options = CreateOptions();
        options.MakeReadOnly();
        return options;
    });

    /// <summary>
    /// Gets the source-generated contracts of the shared kernel's types and of the registered aggregates, as a
    /// resolver for <c>DocumentType&lt;T&gt;.Create</c> or an options' resolver chain.
    /// </summary>
    public static IJsonTypeInfoResolver Contracts => CounselingRecordsJsonContext.Default;

    /// <summary>Gets read-only options configured by <see cref="JsonSerializerOptionsExtensions.ConfigureForCounselingRecords"/> with TZDB.</summary>
    public static JsonSerializerOptions Options => LazyOptions.Value;

    /// <summary>Creates new, still mutable options configured for the wire format.</summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions() => new JsonSerializerOptions().ConfigureForCounselingRecords();

    /// <summary>Gets the wire-format contract of <typeparamref name="T"/> from <see cref="Options"/> (for example for an <c>AuditEntry</c> export).</summary>
    /// <typeparam name="T">A type with a contract in <see cref="CounselingRecordsJsonContext"/> or, when reflection is enabled, any type.</typeparam>
    /// <returns>The contract.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}

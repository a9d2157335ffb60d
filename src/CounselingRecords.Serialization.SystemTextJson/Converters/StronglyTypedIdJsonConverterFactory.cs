using System.Text.Json;
using System.Text.Json.Serialization;
using CounselingRecords.Identity;

namespace CounselingRecords.Serialization.SystemTextJson.Converters;

/// <summary>
/// Converts every id type of <c>CounselingRecords.Core</c> (<see cref="IStronglyTypedId{TSelf}"/>) to and from
/// its text form. The table is built without reflection, so it works in trimmed and native AOT applications;
/// an id type declared outside Core needs its own <see cref="StronglyTypedIdJsonConverter{TId}"/>.
/// </summary>
public sealed class StronglyTypedIdJsonConverterFactory : JsonConverterFactory
{
    /// <summary>Gets the shared instance.</summary>
    public static StronglyTypedIdJsonConverterFactory Instance { get; } = new();

    /// <summary>Gets the id types this factory converts.</summary>
    public static IReadOnlyCollection<Type> SupportedTypes => CoreIdConverters.All.Keys;

    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => CoreIdConverters.All.ContainsKey(typeToConvert);

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        CoreIdConverters.All.TryGetValue(typeToConvert, out var converter)
            ? converter
            : throw new ArgumentException($"{typeToConvert.Name} is not an id type of CounselingRecords.Core.", nameof(typeToConvert));
}

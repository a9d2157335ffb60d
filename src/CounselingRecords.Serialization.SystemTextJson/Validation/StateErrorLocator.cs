using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CounselingRecords.Serialization.SystemTextJson.Validation;

/// <summary>
/// Finds where a domain constructor refused a well-formed document: it binds the document's objects one by
/// one, deepest first, and reports the first (deepest) one whose constructor throws, with the refused
/// parameter when that object has it. Runs only after a refusal.
/// </summary>
internal static class StateErrorLocator
{
    private const int MaxAttempts = 256;

    public static (Type Type, string Path) Locate(JsonSerializerOptions options, JsonElement data, Type rootType, string rootPath, string? parameter)
    {
        var objects = new List<(JsonElement Element, Type Type, string Path, int Depth)>();
        Collect(options, data, rootType, rootPath, 0, objects);
        var name = parameter is null ? null : JsonNamingPolicy.CamelCase.ConvertName(parameter);
        foreach (var candidate in objects.OrderByDescending(o => o.Depth).Take(MaxAttempts))
        {
            if (Refuses(options, candidate.Element, candidate.Type))
            {
                return (candidate.Type, name is not null && candidate.Element.TryGetProperty(name, out _) ? JsonPaths.Property(candidate.Path, name) : candidate.Path);
            }
        }

        return (rootType, rootPath);
    }

    private static bool Refuses(JsonSerializerOptions options, JsonElement element, Type type)
    {
        try
        {
            element.Deserialize(options.GetTypeInfo(type));
            return false;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException or JsonException)
        {
            return true;
        }
    }

    private static void Collect(JsonSerializerOptions options, JsonElement element, Type type, string path, int depth, List<(JsonElement, Type, string, int)> objects)
    {
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            return;
        }

        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                objects.Add((element, info.Type, path, depth));
                foreach (var property in info.Properties)
                {
                    if (element.TryGetProperty(property.Name, out var value))
                    {
                        Collect(options, value, property.PropertyType, JsonPaths.Property(path, property.Name), depth + 1, objects);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array:
                var itemType = ItemType(info);
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(options, item, itemType, JsonPaths.Index(path, index++), depth + 1, objects);
                }

                break;
        }
    }

    private static Type ItemType(JsonTypeInfo info)
    {
#if NET9_0_OR_GREATER
        return info.ElementType ?? typeof(object);
#else
        var type = info.Type;
        return type.IsArray
            ? type.GetElementType()!
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? typeof(object);
#endif
    }
}

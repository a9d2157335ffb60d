using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CounselingRecords.Serialization.SystemTextJson.Validation;

/// <summary>
/// Checks a parsed document against the contract of its type before System.Text.Json binds it, so that every
/// structural fault is reported with its JSON path and a stable code instead of surfacing as a
/// <see cref="NullReferenceException"/> in a constructor or a silently defaulted field: wrong JSON types,
/// unknown and duplicate properties, missing required fields, nulls where the type allows none (including null
/// items in lists). Values inside converter-handled types (ids, money, dates) are checked by their converters.
/// </summary>
internal sealed class ContractValidator
{
    private readonly JsonSerializerOptions _options;
    private readonly ConcurrentDictionary<Type, ObjectShape> _shapes = new();

    public ContractValidator(JsonSerializerOptions options) => _options = options;

    public void Validate(JsonElement element, Type type, string path) => Check(element, type, path, allowsNull: false);

    /// <summary>Refuses duplicate property names anywhere under <paramref name="element"/>.</summary>
    public static void CheckDuplicates(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? seen = null;
                foreach (var property in element.EnumerateObject())
                {
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    var propertyPath = JsonPaths.Property(path, property.Name);
                    if (!seen.Add(property.Name))
                    {
                        throw Error(SerializationErrorCodes.DuplicateProperty, "The property appears more than once in its object.", propertyPath);
                    }

                    CheckDuplicates(property.Value, propertyPath);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckDuplicates(item, JsonPaths.Index(path, index++));
                }

                break;
        }
    }

    private static Type ElementType(JsonTypeInfo typeInfo)
    {
#if NET9_0_OR_GREATER
        return typeInfo.ElementType!;
#else
        var type = typeInfo.Type;
        if (type.IsArray)
        {
            return type.GetElementType()!;
        }

        var candidates = (type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces()).Where(i => i.IsGenericType).ToList();
        if (typeInfo.Kind == JsonTypeInfoKind.Dictionary)
        {
            var dictionary = candidates.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
            return dictionary?.GetGenericArguments()[1] ?? typeof(object);
        }

        return candidates.FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? typeof(object);
#endif
    }

    private static CounselingRecordsJsonException Error(string code, string reason, string path) => new(code, reason, path);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a Boolean",
        _ => "null",
    };

    private void Check(JsonElement element, Type type, string path, bool allowsNull)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!allowsNull)
            {
                throw Error(SerializationErrorCodes.NullValue, "The field does not allow null.", path);
            }

            return;
        }

        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        var typeInfo = _options.GetTypeInfo(valueType);
        if (typeInfo.PolymorphismOptions is not null)
        {
            CheckDuplicates(element, path);
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    throw Error(SerializationErrorCodes.WrongType, $"Expected a list, found {Describe(element.ValueKind)}.", path);
                }

                var elementType = ElementType(typeInfo);
                var itemsMayBeNull = Nullable.GetUnderlyingType(elementType) is not null;
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, elementType, JsonPaths.Index(path, index++), itemsMayBeNull);
                }

                break;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw Error(SerializationErrorCodes.WrongType, $"Expected an object, found {Describe(element.ValueKind)}.", path);
                }

                var valuesMayBeNull = Nullable.GetUnderlyingType(ElementType(typeInfo)) is not null;
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in element.EnumerateObject())
                {
                    var entryPath = JsonPaths.Property(path, entry.Name);
                    if (!keys.Add(entry.Name))
                    {
                        throw Error(SerializationErrorCodes.DuplicateProperty, "The key appears more than once in its object.", entryPath);
                    }

                    Check(entry.Value, ElementType(typeInfo), entryPath, valuesMayBeNull);
                }

                break;
            default:
                // A converter reads this value and reports its own faults; only duplicates are checked here.
                CheckDuplicates(element, path);
                break;
        }
    }

    private void CheckObject(JsonElement element, JsonTypeInfo typeInfo, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(SerializationErrorCodes.WrongType, $"Expected an object, found {Describe(element.ValueKind)}.", path);
        }

        var shape = _shapes.GetOrAdd(typeInfo.Type, static (_, info) => new ObjectShape(info), typeInfo);
        var seen = shape.Members.Length <= 64 ? null : new HashSet<int>();
        ulong seenBits = 0;
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = JsonPaths.Property(path, property.Name);
            if (!shape.ByName.TryGetValue(property.Name, out var index))
            {
                if (shape.RefusesUnknown(_options))
                {
                    throw Error(SerializationErrorCodes.UnknownProperty, "The object has a property its type does not declare.", propertyPath);
                }

                CheckDuplicates(property.Value, propertyPath);
                continue;
            }

            var first = seen?.Add(index) ?? (seenBits & (1UL << index)) == 0;
            seenBits |= seen is null ? 1UL << index : 0;
            if (!first)
            {
                throw Error(SerializationErrorCodes.DuplicateProperty, "The property appears more than once in its object.", propertyPath);
            }

            var member = shape.Members[index];
            Check(property.Value, member.Type, propertyPath, member.AllowsNull);
        }

        for (var i = 0; i < shape.Members.Length; i++)
        {
            var present = seen?.Contains(i) ?? (seenBits & (1UL << i)) != 0;
            if (!present && shape.Members[i].Required)
            {
                throw Error(SerializationErrorCodes.MissingValue, "A required field is missing.", JsonPaths.Property(path, shape.Members[i].Name));
            }
        }
    }

    private sealed record Member(string Name, Type Type, bool Required, bool AllowsNull);

    private sealed class ObjectShape
    {
        private readonly JsonUnmappedMemberHandling? _unmapped;

        public ObjectShape(JsonTypeInfo typeInfo)
        {
            var facts = ContractFacts.Of(typeInfo);
            Members = typeInfo.Properties
                .Where(p => p.Set is not null || facts.IsConstructorParameter(p))
                .Select(p => new Member(p.Name, p.PropertyType, facts.IsRequired(p), facts.AllowsNull(p)))
                .ToArray();
            ByName = Members.Select((m, i) => (m.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
            _unmapped = typeInfo.UnmappedMemberHandling;
            HasExtensionData = typeInfo.Properties.Any(p => p.IsExtensionData);
        }

        public Member[] Members { get; }

        public Dictionary<string, int> ByName { get; }

        public bool HasExtensionData { get; }

        public bool RefusesUnknown(JsonSerializerOptions options) =>
            !HasExtensionData && (_unmapped ?? options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Disallow;
    }
}

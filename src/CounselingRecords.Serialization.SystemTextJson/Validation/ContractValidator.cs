using System.Collections.Concurrent;
using System.Text;
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
/// The walk allocates nothing per node; a path is only rendered for the fault it reports.
/// </summary>
internal sealed class ContractValidator
{
    private readonly JsonSerializerOptions _options;
    private readonly ConcurrentDictionary<Type, Shape> _shapes = new();

    public ContractValidator(JsonSerializerOptions options) => _options = options;

    public void Validate(JsonElement element, Type type, string path)
    {
        var walk = new Walk(this, path);
        walk.Check(element, ShapeOf(type), allowsNull: false);
    }

    /// <summary>Refuses duplicate property names anywhere under <paramref name="element"/>.</summary>
    public static void CheckDuplicates(JsonElement element, string path) => new Walk(null, path).Duplicates(element);

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

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a Boolean",
        _ => "null",
    };

    private Shape ShapeOf(Type type) => _shapes.GetOrAdd(type, static (t, self) => new Shape(self, t), this);

    /// <summary>What the validator knows about one type, computed once.</summary>
    private sealed class Shape
    {
        private readonly ContractValidator _owner;
        private readonly Type? _elementType;
        private Shape? _element;

        public Shape(ContractValidator owner, Type type)
        {
            _owner = owner;
            var info = owner._options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
            Kind = info.PolymorphismOptions is not null ? JsonTypeInfoKind.None : info.Kind;
            Opaque = info.PolymorphismOptions is not null;
            if (info.Converter is Converters.IIdKeyedDictionaryConverter keyedById)
            {
                // Written by a converter (to keep key order), but checked like any dictionary: values walked, nulls refused.
                Kind = JsonTypeInfoKind.Dictionary;
                _elementType = keyedById.ValueType;
                ElementsMayBeNull = false;
            }
            else if (Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary)
            {
                _elementType = ElementType(info);
                ElementsMayBeNull = Nullable.GetUnderlyingType(_elementType) is not null;
            }

            if (Kind == JsonTypeInfoKind.Object)
            {
                var facts = ContractFacts.Of(info);
                Members = info.Properties
                    .Where(p => p.Set is not null || facts.IsConstructorParameter(p))
                    .Select(p => new Member(p.Name, Encoding.UTF8.GetBytes(p.Name), p.PropertyType, facts.IsRequired(p), facts.AllowsNull(p)))
                    .ToArray();
                RefusesUnknown = !info.Properties.Any(p => p.IsExtensionData)
                    && (info.UnmappedMemberHandling ?? owner._options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Disallow;
            }
        }

        public JsonTypeInfoKind Kind { get; }

        public bool Opaque { get; }

        public Member[] Members { get; } = [];

        public bool RefusesUnknown { get; }

        public bool ElementsMayBeNull { get; }

        public Shape Element => _element ??= _owner.ShapeOf(_elementType!);
    }

    private sealed class Member(string name, byte[] utf8Name, Type type, bool required, bool allowsNull)
    {
        private Shape? _shape;

        public string Name { get; } = name;

        public byte[] Utf8Name { get; } = utf8Name;

        public Type Type { get; } = type;

        public bool Required { get; } = required;

        public bool AllowsNull { get; } = allowsNull;

        public Shape ShapeIn(ContractValidator owner) => _shape ??= owner.ShapeOf(Type);
    }

    /// <summary>One validation: the path to the current node as a stack of frames, rendered only on a fault.</summary>
    private sealed class Walk(ContractValidator? owner, string root)
    {
        private readonly List<Frame> _path = [];

        public void Check(JsonElement element, Shape shape, bool allowsNull)
        {
            if (element.ValueKind == JsonValueKind.Null)
            {
                if (!allowsNull)
                {
                    throw Error(SerializationErrorCodes.NullValue, "The field does not allow null.");
                }

                return;
            }

            switch (shape.Kind)
            {
                case JsonTypeInfoKind.Object:
                    CheckObject(element, shape);
                    break;
                case JsonTypeInfoKind.Enumerable:
                    if (element.ValueKind != JsonValueKind.Array)
                    {
                        throw Error(SerializationErrorCodes.WrongType, $"Expected a list, found {Describe(element.ValueKind)}.");
                    }

                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        _path.Add(new Frame(default, index++, true));
                        Check(item, shape.Element, shape.ElementsMayBeNull);
                        _path.RemoveAt(_path.Count - 1);
                    }

                    break;
                case JsonTypeInfoKind.Dictionary:
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        throw Error(SerializationErrorCodes.WrongType, $"Expected an object, found {Describe(element.ValueKind)}.");
                    }

                    Duplicates(element);
                    foreach (var entry in element.EnumerateObject())
                    {
                        _path.Add(new Frame(entry, 0, false));
                        Check(entry.Value, shape.Element, shape.ElementsMayBeNull);
                        _path.RemoveAt(_path.Count - 1);
                    }

                    break;
                default:
                    // A converter reads this value and reports its own faults; only duplicates are checked here.
                    if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        Duplicates(element);
                    }

                    break;
            }
        }

        public void Duplicates(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    // Small objects compare names pairwise without allocating; large ones (hostile input) use a set.
                    var large = element.EnumerateObject().Skip(16).Any();
                    HashSet<string>? names = large ? new HashSet<string>(StringComparer.Ordinal) : null;
                    var count = 0;
                    foreach (var property in element.EnumerateObject())
                    {
                        _path.Add(new Frame(property, 0, false));
                        var duplicate = false;
                        if (names is not null)
                        {
                            duplicate = !names.Add(property.Name);
                        }
                        else
                        {
                            var seen = 0;
                            foreach (var other in element.EnumerateObject())
                            {
                                if (seen++ >= count)
                                {
                                    break;
                                }

                                if (property.NameEquals(other.Name))
                                {
                                    duplicate = true;
                                    break;
                                }
                            }
                        }

                        if (duplicate)
                        {
                            throw Error(SerializationErrorCodes.DuplicateProperty, "The property appears more than once in its object.");
                        }

                        count++;
                        Duplicates(property.Value);
                        _path.RemoveAt(_path.Count - 1);
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        _path.Add(new Frame(default, index++, true));
                        Duplicates(item);
                        _path.RemoveAt(_path.Count - 1);
                    }

                    break;
            }
        }

        private void CheckObject(JsonElement element, Shape shape)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error(SerializationErrorCodes.WrongType, $"Expected an object, found {Describe(element.ValueKind)}.");
            }

            var members = shape.Members;
            HashSet<int>? seenMany = members.Length <= 64 ? null : [];
            ulong seen = 0;
            foreach (var property in element.EnumerateObject())
            {
                _path.Add(new Frame(property, 0, false));
                var index = -1;
                for (var i = 0; i < members.Length; i++)
                {
                    if (property.NameEquals(members[i].Utf8Name))
                    {
                        index = i;
                        break;
                    }
                }

                if (index < 0)
                {
                    if (shape.RefusesUnknown)
                    {
                        throw Error(SerializationErrorCodes.UnknownProperty, "The object has a property its type does not declare.");
                    }

                    Duplicates(property.Value);
                }
                else
                {
                    var first = seenMany?.Add(index) ?? (seen & (1UL << index)) == 0;
                    seen |= seenMany is null ? 1UL << index : 0;
                    if (!first)
                    {
                        throw Error(SerializationErrorCodes.DuplicateProperty, "The property appears more than once in its object.");
                    }

                    var member = members[index];
                    Check(property.Value, member.ShapeIn(owner!), member.AllowsNull);
                }

                _path.RemoveAt(_path.Count - 1);
            }

            for (var i = 0; i < members.Length; i++)
            {
                var present = seenMany?.Contains(i) ?? (seen & (1UL << i)) != 0;
                if (!present && members[i].Required)
                {
                    throw new CounselingRecordsJsonException(SerializationErrorCodes.MissingValue, "A required field is missing.", JsonPaths.Property(Render(), members[i].Name));
                }
            }
        }

        private CounselingRecordsJsonException Error(string code, string reason) => new(code, reason, Render());

        private string Render()
        {
            var text = root;
            foreach (var frame in _path)
            {
                text = frame.IsIndex ? JsonPaths.Index(text, frame.Index) : JsonPaths.Property(text, frame.Property.Name);
            }

            return text;
        }
    }

    private readonly record struct Frame(JsonProperty Property, int Index, bool IsIndex);
}

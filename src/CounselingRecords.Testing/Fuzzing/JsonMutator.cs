using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CounselingRecords.Testing.Fuzzing;

/// <summary>
/// Derives hostile variants of valid JSON documents for fuzzing a deserializer: structural mutations (a field
/// removed, renamed, duplicated, retyped, swapped, wrapped, given an extreme value such as <c>1e400</c>, a
/// 20-digit integer, a 10,000-character string, nesting 200 levels deep or an unknown enumeration name) and
/// textual ones (truncation, a byte deleted, inserted or flipped). Seeded: the same seed gives the same
/// sequence, so a failure is reproduced by its seed and iteration number. Not thread-safe.
/// </summary>
public sealed class JsonMutator
{
    private static readonly string[] HostileValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e400", "-1e400", "123456789012345678901234567890", "-9223372036854775809",
        "18446744073709551616", "0.0000000000000000000000000000001", "\"\"", "\" \"", "\"x\"", "\"\\u0000\"", "\"NaN\"", "\"-0\"",
        "\"1e5\"", "[]", "{}", "[null]", "{\"a\":1}", "\"2026-13-45T25:61:00\"", "\"2026-02-30\"", "\"cli_00000000000000000000000000000000\"",
        "\"USD\"", "\"usd\"", "\"XXX\"", "\"f41.1\"", "\"Clinician, Nope\"", "\"Booked\"", "\"booked\"", "\"America/Nowhere\"",
        "\"99999999:00:00\"", "{\"amount\":\"1\",\"currency\":\"USD\"}", "{\"amount\":1,\"currency\":\"USD\"}",
    ];

    private static readonly char[] NoiseCharacters = ['{', '}', '[', ']', ',', ':', '"', '\\', '0', '9', 'a', ' ', '\u00e9', '\t', '-', '.', 'e'];

    private readonly Random _random;

    /// <summary>Initializes a new instance of the <see cref="JsonMutator"/> class.</summary>
    /// <param name="seed">The seed.</param>
    public JsonMutator(int seed) => _random = new Random(seed);

    /// <summary>Yields <paramref name="count"/> mutants of the seed documents, cycling through them.</summary>
    /// <param name="seeds">Valid documents.</param>
    /// <param name="count">How many mutants.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The mutants.</returns>
    public static IEnumerable<string> Mutants(IReadOnlyList<string> seeds, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfZero(seeds.Count, nameof(seeds));
        var mutator = new JsonMutator(seed);
        for (var i = 0; i < count; i++)
        {
            yield return mutator.Mutate(seeds[i % seeds.Count]);
        }
    }

    /// <summary>Applies one to three random mutations to a valid document.</summary>
    /// <param name="json">A valid JSON document.</param>
    /// <returns>The mutant (usually invalid in some way, sometimes still valid).</returns>
    public string Mutate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = json;
        var rounds = 1 + _random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            text = _random.Next(10) < 7 ? TryMutateStructure(text) : MutateText(text);
        }

        return text;
    }

    private static List<(JsonNode Parent, object Key, JsonNode? Value)> Slots(JsonNode root)
    {
        var slots = new List<(JsonNode, object, JsonNode?)>();
        Collect(root, slots);
        return slots;

        static void Collect(JsonNode node, List<(JsonNode, object, JsonNode?)> slots)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        slots.Add((obj, name, value));
                        if (value is not null)
                        {
                            Collect(value, slots);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        slots.Add((array, i, array[i]));
                        if (array[i] is { } item)
                        {
                            Collect(item, slots);
                        }
                    }

                    break;
            }
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private string TryMutateStructure(string json)
    {
        try
        {
            return MutateStructure(json);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or JsonException)
        {
            // The text is no longer a tree a JsonNode can hold (for example a duplicated property): mutate the text.
            return MutateText(json);
        }
    }

    private string MutateStructure(string json)
    {
        var root = JsonNode.Parse(json);
        if (root is null)
        {
            return MutateText(json);
        }

        var slots = Slots(root);
        if (slots.Count == 0)
        {
            return MutateText(json);
        }

        var (parent, key, value) = slots[_random.Next(slots.Count)];
        const string Marker = "\"\\u0001hostile\\u0001\"";
        string? raw = null;
        switch (_random.Next(10))
        {
            case 0:
                if (parent is JsonObject removeFrom)
                {
                    removeFrom.Remove((string)key);
                }
                else
                {
                    ((JsonArray)parent).RemoveAt((int)key);
                }

                break;
            case 1:
            case 2:
                raw = HostileValues[_random.Next(HostileValues.Length)];
                Set(parent, key, "\u0001hostile\u0001");
                break;
            case 3:
                if (parent is JsonObject renameIn)
                {
                    var name = (string)key;
                    renameIn.Remove(name);
                    renameIn[_random.Next(2) == 0 ? name.ToUpperInvariant() : name + "X"] = value;
                }

                break;
            case 4:
                if (parent is JsonObject addTo)
                {
                    addTo["unexpected" + _random.Next(100).ToString(CultureInfo.InvariantCulture)] = _random.Next(2) == 0 ? null : JsonValue.Create(1);
                }

                break;
            case 5:
                Set(parent, key, value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Twist(v.GetValue<string>()) : value?.DeepClone());
                break;
            case 6:
                Set(parent, key, value is JsonValue n && n.GetValueKind() == JsonValueKind.Number ? Twist(n.ToJsonString()) : new JsonArray(value?.DeepClone()));
                break;
            case 7:
                var (otherParent, otherKey, otherValue) = slots[_random.Next(slots.Count)];
                if (!ReferenceEquals(otherParent, value) && !Contains(value, otherParent) && !Contains(otherValue, parent))
                {
                    Set(parent, key, otherValue?.DeepClone());
                }

                break;
            case 8:
                raw = Deep(200);
                Set(parent, key, "\u0001hostile\u0001");
                break;
            default:
                return Duplicate(root.ToJsonString());
        }

        var text = root.ToJsonString();
        return raw is null ? text : text.Replace(Marker, raw, StringComparison.Ordinal);
    }

    private static bool Contains(JsonNode? container, JsonNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, container))
            {
                return true;
            }
        }

        return false;
    }

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    private string Twist(string text)
    {
        if (text.Length == 0)
        {
            return "x";
        }

        return _random.Next(5) switch
        {
            0 => text.ToUpperInvariant() == text ? text.ToLowerInvariant() : text.ToUpperInvariant(),
            1 => text + NoiseCharacters[_random.Next(NoiseCharacters.Length)],
            2 => text[..^1],
            3 => new string(text.Reverse().ToArray()),
            _ => text.Replace(text[_random.Next(text.Length)], 'Z'),
        };
    }

    private string Duplicate(string json)
    {
        // Insert a copy of an object's first property at its start: {"a":1,...} -> {"a":1,"a":1,...}.
        var starts = new List<int>();
        for (var i = 0; i < json.Length - 1; i++)
        {
            if (json[i] == '{' && json[i + 1] == '"')
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return MutateText(json);
        }

        var start = starts[_random.Next(starts.Count)];
        var bytes = Encoding.UTF8.GetBytes(json[start..]);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            reader.Read();
            reader.Read();
            reader.Read();
            reader.Skip();
            var property = Encoding.UTF8.GetString(bytes, 1, (int)reader.BytesConsumed - 1);
            return json[..(start + 1)] + property + "," + json[(start + 1)..];
        }
        catch (JsonException)
        {
            return MutateText(json);
        }
    }

    private string MutateText(string json)
    {
        if (json.Length == 0)
        {
            return "{";
        }

        var position = _random.Next(json.Length);
        return _random.Next(5) switch
        {
            0 => json[..position],
            1 => json.Remove(position, 1),
            2 => json.Insert(position, NoiseCharacters[_random.Next(NoiseCharacters.Length)].ToString()),
            3 => json[..position] + (char)(json[position] ^ (1 << _random.Next(7))) + json[(position + 1)..],
            _ => _random.Next(20) == 0 ? "{\"type\":" + Deep(5000) + "}" : json.Insert(position, "\"\\u"),
        };
    }
}

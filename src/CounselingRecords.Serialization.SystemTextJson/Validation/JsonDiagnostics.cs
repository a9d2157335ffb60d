using System.Globalization;
using System.Text.Json;

namespace CounselingRecords.Serialization.SystemTextJson.Validation;

/// <summary>Explains why a text failed to parse: where (JSON path, line, byte) and whether it was syntax or nesting depth.</summary>
internal static class JsonDiagnostics
{
    public static CounselingRecordsJsonException Explain(ReadOnlySpan<byte> utf8, int maxDepth, string? documentType)
    {
        var path = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            return new CounselingRecordsJsonException(
                                SerializationErrorCodes.DocumentTooDeep,
                                string.Format(CultureInfo.InvariantCulture, "Objects and lists are nested more than {0} levels deep.", maxDepth),
                                Render(path),
                                documentType);
                        }

                        Advance(path);
                        path.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        path[^1] = path[^1] with { Name = reader.GetString() };
                        break;
                    default:
                        Advance(path);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            return Malformed(Render(path), ex.LineNumber, ex.BytePositionInLine, documentType);
        }
        catch (InvalidOperationException)
        {
            return Malformed(Render(path), null, null, documentType);
        }

        return Malformed(Render(path), null, null, documentType);
    }

    /// <summary>Finds the first string or property name that cannot be decoded (a lone surrogate escape), or null.</summary>
    public static string? FindUnreadableString(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var path = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path);
                        path.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        string? name = null;
                        try
                        {
                            name = reader.GetString();
                        }
                        catch (InvalidOperationException)
                        {
                            return Render(path);
                        }

                        path[^1] = path[^1] with { Name = name };
                        break;
                    case JsonTokenType.String:
                        Advance(path);
                        if (reader.ValueIsEscaped)
                        {
                            try
                            {
                                _ = reader.GetString();
                            }
                            catch (InvalidOperationException)
                            {
                                return Render(path);
                            }
                        }

                        break;
                    default:
                        Advance(path);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    public static CounselingRecordsJsonException Malformed(string path, long? line, long? bytePosition, string? documentType) =>
        new(
            SerializationErrorCodes.MalformedJson,
            line is null
                ? "The text is not well-formed JSON."
                : string.Format(CultureInfo.InvariantCulture, "The text is not well-formed JSON (line {0}, byte {1}).", line + 1, bytePosition + 1),
            path,
            documentType);

    private static void Advance(List<Frame> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1] = path[^1] with { Index = path[^1].Index + 1 };
        }
    }

    private static string Render(List<Frame> path)
    {
        var text = JsonPaths.Root;
        foreach (var frame in path)
        {
            if (frame.IsArray)
            {
                text = frame.Index >= 0 ? JsonPaths.Index(text, frame.Index) : text;
            }
            else if (frame.Name is not null)
            {
                text = JsonPaths.Property(text, frame.Name);
            }
        }

        return text;
    }

    private readonly record struct Frame(bool IsArray, int Index = -1, string? Name = null);
}

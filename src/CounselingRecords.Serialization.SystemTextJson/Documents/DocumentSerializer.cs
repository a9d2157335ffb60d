using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using CounselingRecords.Serialization.SystemTextJson.Validation;
using CounselingRecords.Storage;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>
/// Writes and reads aggregates as versioned documents:
/// <c>{"type":"SessionNote","schemaVersion":2,"data":{…}}</c>. Reading checks size, syntax, nesting, the
/// envelope and the contract of the type, upgrades older schema versions, and binds through the aggregate's
/// constructor. Anything refused throws <see cref="CounselingRecordsJsonException"/> (code, JSON path), never
/// another exception type and never a half-built aggregate. Thread-safe; create one per set of document types
/// and share it.
/// </summary>
public sealed class DocumentSerializer
{
    /// <summary>The envelope property naming the document type.</summary>
    public const string TypeProperty = "type";

    /// <summary>The envelope property holding the schema version.</summary>
    public const string SchemaVersionProperty = "schemaVersion";

    /// <summary>The envelope property holding the aggregate's state.</summary>
    public const string DataProperty = "data";

    private const string DataPath = "$.data";

    private readonly FrozenDictionary<Type, object> _entries;
    private readonly FrozenDictionary<string, DocumentType> _byName;
    private readonly ContractValidator _validator;
    private readonly JsonDocumentOptions _documentOptions;
    private readonly JsonWriterOptions _writerOptions;

    /// <summary>Initializes a new instance of the <see cref="DocumentSerializer"/> class.</summary>
    /// <param name="documentTypes">The document types it reads and writes.</param>
    /// <param name="options">Limits; <see cref="DocumentSerializerOptions.Default"/> when omitted.</param>
    /// <exception cref="ArgumentException">Two types share a name or an aggregate type, an upgrade is missing, or a contract is missing.</exception>
    public DocumentSerializer(IEnumerable<DocumentType> documentTypes, DocumentSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documentTypes);
        Options = options ?? DocumentSerializerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxDocumentBytes, 64, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxDepth, 4, nameof(options));
        var types = documentTypes.ToList();
        foreach (var duplicate in types.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"Two document types are named {duplicate.Key}.", nameof(documentTypes));
        }

        foreach (var duplicate in types.GroupBy(t => t.AggregateType).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"{duplicate.Key.Name} is registered twice.", nameof(documentTypes));
        }

        foreach (var type in types)
        {
            var froms = type.Upgrades.Select(u => u.FromVersion).ToList();
            if (!froms.SequenceEqual(Enumerable.Range(1, type.SchemaVersion - 1)))
            {
                throw new ArgumentException($"{type.Name} is at schema version {type.SchemaVersion} and needs exactly one upgrade from each of the versions 1 to {type.SchemaVersion - 1}.", nameof(documentTypes));
            }
        }

        Types = types;
        var json = new JsonSerializerOptions();
        JsonSerializerOptionsExtensions.Configure(json, Options.TimeZones, types.Select(t => t.Contract).Distinct().ToList());
        json.MaxDepth = Options.MaxDepth;
        json.MakeReadOnly();
        JsonOptions = json;
        _validator = new ContractValidator(json);
        _documentOptions = new JsonDocumentOptions { MaxDepth = Options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };
        _writerOptions = new JsonWriterOptions { Encoder = json.Encoder, Indented = false };
        _entries = types.ToFrozenDictionary(t => t.AggregateType, t => t.Accept(new EntryFactory(json)));
        _byName = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets the limits.</summary>
    public DocumentSerializerOptions Options { get; }

    /// <summary>Gets the read-only System.Text.Json options of the wire format, with every registered contract.</summary>
    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>Gets the registered document types.</summary>
    public IReadOnlyList<DocumentType> Types { get; }

    /// <summary>Returns the registration of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <returns>The registration.</returns>
    /// <exception cref="InvalidOperationException">The type is not registered.</exception>
    public DocumentType<T> Get<T>()
        where T : class, IAggregateRoot<T> => EntryOf<T>().Type;

    /// <summary>Finds the registration of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="documentType">The registration, when found.</param>
    /// <returns><see langword="true"/> when registered.</returns>
    public bool TryGet<T>([NotNullWhen(true)] out DocumentType<T>? documentType)
        where T : class, IAggregateRoot<T>
    {
        documentType = _entries.TryGetValue(typeof(T), out var entry) ? ((Entry<T>)entry).Type : null;
        return documentType is not null;
    }

    /// <summary>Finds a registration by its document type name.</summary>
    /// <param name="name">The name written in envelopes.</param>
    /// <returns>The registration, or null.</returns>
    public DocumentType? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name);
    }

    /// <summary>Writes an aggregate as a document (compact UTF-8 JSON).</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The document.</returns>
    public byte[] SerializeToUtf8Bytes<T>(T aggregate)
        where T : class, IAggregateRoot<T>
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var entry = EntryOf<T>();
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(TypeProperty, entry.Type.Name);
            writer.WriteNumber(SchemaVersionProperty, entry.Type.SchemaVersion);
            writer.WritePropertyName(DataProperty);
            JsonSerializer.Serialize(writer, aggregate, entry.TypeInfo);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes an aggregate as a document (compact JSON text).</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The document.</returns>
    public string Serialize<T>(T aggregate)
        where T : class, IAggregateRoot<T> => Encoding.UTF8.GetString(SerializeToUtf8Bytes(aggregate));

    /// <summary>Reads a document.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="json">The document text.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="CounselingRecordsJsonException">The document is refused (see its code and path).</exception>
    public T Deserialize<T>(string json)
        where T : class, IAggregateRoot<T>
    {
        ArgumentNullException.ThrowIfNull(json);
        var entry = EntryOf<T>();
        if ((long)json.Length > Options.MaxDocumentBytes || Encoding.UTF8.GetByteCount(json) > Options.MaxDocumentBytes)
        {
            throw TooLarge(entry.Type.Name);
        }

        return Read(entry, Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a document.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="utf8Json">The document as UTF-8 bytes.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="CounselingRecordsJsonException">The document is refused (see its code and path).</exception>
    public T Deserialize<T>(ReadOnlyMemory<byte> utf8Json)
        where T : class, IAggregateRoot<T>
    {
        var entry = EntryOf<T>();
        if (utf8Json.Length > Options.MaxDocumentBytes)
        {
            throw TooLarge(entry.Type.Name);
        }

        if (!Utf8.IsValid(utf8Json.Span))
        {
            throw JsonDiagnostics.Malformed(JsonPaths.Root, null, null, entry.Type.Name);
        }

        return Read(entry, utf8Json);
    }

    /// <summary>Reads a document and reports a refusal as a value instead of throwing.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="json">The document text.</param>
    /// <param name="aggregate">The aggregate, when read.</param>
    /// <param name="error">The refusal (code and path), when refused.</param>
    /// <returns><see langword="true"/> when the document was read.</returns>
    public bool TryDeserialize<T>(string json, [NotNullWhen(true)] out T? aggregate, [NotNullWhen(false)] out CounselingRecordsJsonException? error)
        where T : class, IAggregateRoot<T>
    {
        try
        {
            aggregate = Deserialize<T>(json);
            error = null;
            return true;
        }
        catch (CounselingRecordsJsonException ex)
        {
            aggregate = null;
            error = ex;
            return false;
        }
    }

    private static CounselingRecordsJsonException Refuse(string code, string reason, string path) => new(code, reason, path);

    private CounselingRecordsJsonException TooLarge(string documentType) =>
        new(
            SerializationErrorCodes.DocumentTooLarge,
            string.Format(CultureInfo.InvariantCulture, "The document is larger than {0} bytes.", Options.MaxDocumentBytes),
            JsonPaths.Root,
            documentType);

    private Entry<T> EntryOf<T>()
        where T : class, IAggregateRoot<T> =>
        _entries.TryGetValue(typeof(T), out var entry)
            ? (Entry<T>)entry
            : throw new InvalidOperationException($"{typeof(T).Name} is not a registered document type; register a DocumentType<{typeof(T).Name}>.");

    private T Read<T>(Entry<T> entry, ReadOnlyMemory<byte> utf8)
        where T : class, IAggregateRoot<T>
    {
        try
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8, _documentOptions);
            }
            catch (JsonException)
            {
                throw JsonDiagnostics.Explain(utf8.Span, Options.MaxDepth, null);
            }

            using (document)
            {
                return ReadEnvelope(entry, document.RootElement);
            }
        }
        catch (CounselingRecordsJsonException ex) when (ex.DocumentType is null)
        {
            throw new CounselingRecordsJsonException(ex.Code, ex.Reason, ex.Path, entry.Type.Name);
        }
        catch (Exception ex) when (ex is InvalidOperationException || ex is CounselingRecordsJsonException { Code: SerializationErrorCodes.InvalidState })
        {
            // JsonDocument accepts a \u escape of a lone surrogate and fails only when that string is read.
            if (JsonDiagnostics.FindUnreadableString(utf8.Span, Options.MaxDepth) is { } path)
            {
                throw new CounselingRecordsJsonException(SerializationErrorCodes.MalformedJson, "The text holds an invalid \\u escape (a lone surrogate).", path, entry.Type.Name);
            }

            throw;
        }
    }

    private T ReadEnvelope<T>(Entry<T> entry, JsonElement root)
        where T : class, IAggregateRoot<T>
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Refuse(SerializationErrorCodes.InvalidEnvelope, "A document is an object {\"type\", \"schemaVersion\", \"data\"}.", JsonPaths.Root);
        }

        JsonElement? type = null, version = null, data = null;
        foreach (var property in root.EnumerateObject())
        {
            var path = JsonPaths.Property(JsonPaths.Root, property.Name);
            ref JsonElement? slot = ref type;
            if (property.NameEquals(TypeProperty))
            {
                slot = ref type;
            }
            else if (property.NameEquals(SchemaVersionProperty))
            {
                slot = ref version;
            }
            else if (property.NameEquals(DataProperty))
            {
                slot = ref data;
            }
            else
            {
                throw Refuse(SerializationErrorCodes.InvalidEnvelope, "A document has only the properties \"type\", \"schemaVersion\" and \"data\".", path);
            }

            if (slot is not null)
            {
                throw Refuse(SerializationErrorCodes.DuplicateProperty, "The property appears more than once in its object.", path);
            }

            slot = property.Value;
        }

        var name = entry.Type.Name;
        if (type is not { ValueKind: JsonValueKind.String } typeName)
        {
            throw Refuse(SerializationErrorCodes.InvalidEnvelope, "The document type is missing or not a string.", "$.type");
        }

        if (!typeName.ValueEquals(name))
        {
            var known = typeName.GetString() is { } other && _byName.ContainsKey(other);
            throw Refuse(
                known ? SerializationErrorCodes.DocumentTypeMismatch : SerializationErrorCodes.UnknownDocumentType,
                known ? $"The document is not a {name}." : $"The document type is not a registered type (expected {name}).",
                "$.type");
        }

        if (version is not { ValueKind: JsonValueKind.Number } versionNumber || !versionNumber.TryGetInt32(out var schemaVersion))
        {
            throw Refuse(SerializationErrorCodes.InvalidEnvelope, "The schema version is missing or not a whole number.", "$.schemaVersion");
        }

        if (schemaVersion < 1 || schemaVersion > entry.Type.SchemaVersion)
        {
            throw Refuse(
                SerializationErrorCodes.UnsupportedSchemaVersion,
                string.Format(CultureInfo.InvariantCulture, "Schema version {0} is not readable: this library reads {1} versions 1 to {2}.", schemaVersion, name, entry.Type.SchemaVersion),
                "$.schemaVersion");
        }

        if (data is not { ValueKind: JsonValueKind.Object } dataObject)
        {
            throw Refuse(SerializationErrorCodes.InvalidEnvelope, "The document data is missing or not an object.", DataPath);
        }

        return schemaVersion == entry.Type.SchemaVersion ? Bind(entry, dataObject) : Upgrade(entry, dataObject, schemaVersion);
    }

    private T Upgrade<T>(Entry<T> entry, JsonElement data, int fromVersion)
        where T : class, IAggregateRoot<T>
    {
        ContractValidator.CheckDuplicates(data, DataPath);
        var node = JsonObject.Create(data)!;
        foreach (var upgrade in entry.Type.Upgrades.Where(u => u.FromVersion >= fromVersion))
        {
            try
            {
                node = upgrade.Apply(node);
            }
            catch (CounselingRecordsJsonException ex)
            {
                throw ex.Within(DataPath, null);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                throw Refuse(
                    SerializationErrorCodes.UpgradeFailed,
                    string.Format(CultureInfo.InvariantCulture, "The upgrade from schema version {0} to {1} could not read the document ({2}).", upgrade.FromVersion, upgrade.ToVersion, ex.GetType().Name),
                    DataPath);
            }
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            node.WriteTo(writer);
        }

        if (buffer.WrittenCount > Options.MaxDocumentBytes)
        {
            throw TooLarge(entry.Type.Name);
        }

        JsonDocument upgraded;
        try
        {
            upgraded = JsonDocument.Parse(buffer.WrittenMemory, _documentOptions);
        }
        catch (JsonException)
        {
            var inner = JsonDiagnostics.Explain(buffer.WrittenSpan, Options.MaxDepth, null);
            throw inner.Within(DataPath, null);
        }

        using (upgraded)
        {
            return Bind(entry, upgraded.RootElement);
        }
    }

    private T Bind<T>(Entry<T> entry, JsonElement data)
        where T : class, IAggregateRoot<T>
    {
        _validator.Validate(data, typeof(T), DataPath);
        T? value;
        try
        {
            value = data.Deserialize(entry.TypeInfo);
        }
        catch (CounselingRecordsJsonException ex)
        {
            throw ex.Within(DataPath, null);
        }
        catch (JsonException ex)
        {
            var outOfRange = ex.InnerException is OverflowException;
            throw Refuse(
                outOfRange ? SerializationErrorCodes.NumberOutOfRange : SerializationErrorCodes.InvalidValue,
                outOfRange ? "The number does not fit its field." : "The value does not fit its field (wrong JSON type, bad format or out of range).",
                JsonPaths.Combine(DataPath, ex.Path));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            var (type, path) = StateErrorLocator.Locate(JsonOptions, data, typeof(T), DataPath, (ex as ArgumentException)?.ParamName);
            var parameter = (ex as ArgumentException)?.ParamName;
            throw Refuse(
                SerializationErrorCodes.InvalidState,
                parameter is null
                    ? $"The fields are well-formed but {type.Name} refused their combination ({ex.GetType().Name})."
                    : $"The fields are well-formed but {type.Name} refused them: parameter '{parameter}' ({ex.GetType().Name}).",
                path);
        }

        return value ?? throw Refuse(SerializationErrorCodes.InvalidEnvelope, "The document data is null.", DataPath);
    }

    private sealed class Entry<T>(DocumentType<T> type, JsonTypeInfo<T> typeInfo)
        where T : class, IAggregateRoot<T>
    {
        public DocumentType<T> Type { get; } = type;

        public JsonTypeInfo<T> TypeInfo { get; } = typeInfo;
    }

    private sealed class EntryFactory(JsonSerializerOptions options) : IDocumentTypeVisitor<object>
    {
        public object Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T>
        {
            if (documentType.Contract.GetTypeInfo(typeof(T), options) is null)
            {
                throw new ArgumentException($"The contract of {documentType.Name} does not provide {typeof(T).Name}; add [JsonSerializable(typeof({typeof(T).Name}))] to its JsonSerializerContext.", nameof(documentType));
            }

            return new Entry<T>(documentType, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }
    }
}

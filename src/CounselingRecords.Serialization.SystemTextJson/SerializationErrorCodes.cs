namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>
/// The stable codes of <see cref="CounselingRecordsJsonException"/>: one per way a document can be refused.
/// Hosts branch on these codes, never on messages.
/// </summary>
public static class SerializationErrorCodes
{
    /// <summary>The document is larger than <see cref="Documents.DocumentSerializerOptions.MaxDocumentBytes"/>.</summary>
    public const string DocumentTooLarge = "serialization.document.too_large";

    /// <summary>The text is not well-formed JSON (syntax error, truncation, comments, trailing commas, invalid UTF-8).</summary>
    public const string MalformedJson = "serialization.document.malformed";

    /// <summary>Objects or arrays are nested deeper than <see cref="Documents.DocumentSerializerOptions.MaxDepth"/>.</summary>
    public const string DocumentTooDeep = "serialization.document.too_deep";

    /// <summary>An object names the same property twice.</summary>
    public const string DuplicateProperty = "serialization.document.duplicate_property";

    /// <summary>The document envelope is not <c>{"type", "schemaVersion", "data"}</c> with the right JSON types.</summary>
    public const string InvalidEnvelope = "serialization.envelope.invalid";

    /// <summary>The envelope names another document type than the one asked for.</summary>
    public const string DocumentTypeMismatch = "serialization.envelope.type_mismatch";

    /// <summary>The document type is not registered with the serializer.</summary>
    public const string UnknownDocumentType = "serialization.envelope.unknown_type";

    /// <summary>The schema version is below 1 or newer than this library can read.</summary>
    public const string UnsupportedSchemaVersion = "serialization.schema.unsupported_version";

    /// <summary>An upgrade from an older schema version could not transform the document.</summary>
    public const string UpgradeFailed = "serialization.schema.upgrade_failed";

    /// <summary>A required field is absent.</summary>
    public const string MissingValue = "serialization.value.missing";

    /// <summary>A field that does not allow null is null (including null items in a list).</summary>
    public const string NullValue = "serialization.value.null";

    /// <summary>A field has the wrong JSON type (for example a number where an object is expected).</summary>
    public const string WrongType = "serialization.value.wrong_type";

    /// <summary>An object has a property its type does not declare.</summary>
    public const string UnknownProperty = "serialization.value.unknown_property";

    /// <summary>A field holds a value its type cannot take (bad format, wrong id prefix, unknown currency, …).</summary>
    public const string InvalidValue = "serialization.value.invalid";

    /// <summary>A number is too large or too precise for its field.</summary>
    public const string NumberOutOfRange = "serialization.value.out_of_range";

    /// <summary>An enumeration field holds a name the enumeration does not define (or a number).</summary>
    public const string UnknownEnumValue = "serialization.value.unknown_enum";

    /// <summary>The fields are well-formed but the domain constructor refused their combination.</summary>
    public const string InvalidState = "serialization.document.invalid_state";
}

using System.Globalization;
using System.Text.Json;

namespace CounselingRecords.Serialization.SystemTextJson;

/// <summary>
/// The one exception the CounselingRecords wire format throws for JSON it refuses: malformed, truncated,
/// oversized, too deep, of the wrong shape, or describing a state the domain does not allow. It carries a
/// stable <see cref="Code"/> (see <see cref="SerializationErrorCodes"/>) and the JSON path of the offending
/// field (<see cref="JsonException.Path"/>, for example <c>$.data.fee.amount</c>). Its message names the
/// document type, the path and the reason, never the offending value, which may be clinical content.
/// </summary>
public sealed class CounselingRecordsJsonException : JsonException
{
    /// <summary>Initializes a new instance of the <see cref="CounselingRecordsJsonException"/> class.</summary>
    public CounselingRecordsJsonException()
        : this(SerializationErrorCodes.InvalidValue, "The JSON was refused.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CounselingRecordsJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    public CounselingRecordsJsonException(string message)
        : this(SerializationErrorCodes.InvalidValue, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CounselingRecordsJsonException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CounselingRecordsJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = SerializationErrorCodes.InvalidValue;
        Reason = message;
    }

    /// <summary>Initializes a new instance of the <see cref="CounselingRecordsJsonException"/> class.</summary>
    /// <param name="code">The stable code, one of <see cref="SerializationErrorCodes"/>.</param>
    /// <param name="reason">Why the JSON was refused, without the offending value.</param>
    /// <param name="path">The JSON path of the offending field, if known.</param>
    /// <param name="documentType">The document type being read, if known.</param>
    public CounselingRecordsJsonException(string code, string reason, string? path = null, string? documentType = null)
        : base(Describe(code, reason, path, documentType), path, null, null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(reason);
        Code = code;
        Reason = reason;
        DocumentType = documentType;
    }

    /// <summary>Gets the stable code (one of <see cref="SerializationErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Gets why the JSON was refused, without the path or the type.</summary>
    public string Reason { get; }

    /// <summary>Gets the document type being read, if known.</summary>
    public string? DocumentType { get; }

    /// <summary>Gets the message: type, path, reason and code.</summary>
    public override string Message => Describe(Code, Reason, Path, DocumentType);

    /// <summary>Returns a copy that names a document type and places the path under a parent path.</summary>
    /// <param name="parentPath">The path of the JSON the reader was given, for example <c>$.data</c>.</param>
    /// <param name="documentType">The document type.</param>
    /// <returns>The copy.</returns>
    internal CounselingRecordsJsonException Within(string parentPath, string? documentType) =>
        new(Code, Reason, JsonPaths.Combine(parentPath, Path), documentType ?? DocumentType);

    private static string Describe(string code, string reason, string? path, string? documentType) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}{1}{2} [{3}]",
            documentType is null ? string.Empty : documentType + " document: ",
            path is null ? string.Empty : "at " + path + ": ",
            reason,
            code);
}

using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>Limits and settings of a <see cref="DocumentSerializer"/>.</summary>
public sealed class DocumentSerializerOptions
{
    /// <summary>The default largest document read: 4 MiB of UTF-8.</summary>
    public const int DefaultMaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The default deepest nesting of objects and lists read (the envelope counts as one level).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>Gets the default options.</summary>
    public static DocumentSerializerOptions Default { get; } = new();

    /// <summary>Gets the largest document read, in UTF-8 bytes; larger ones are refused before parsing.</summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>Gets the deepest nesting of objects and lists read; deeper documents are refused while parsing.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>Gets the time-zone provider that resolves zone ids (TZDB by default).</summary>
    public IDateTimeZoneProvider TimeZones { get; init; } = DateTimeZoneProviders.Tzdb;
}

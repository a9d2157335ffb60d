using System.Globalization;

namespace CounselingRecords.Storage;

/// <summary>
/// A write was refused because the stored aggregate is not at the version the writer read: someone else saved
/// it in between (or it was deleted, or it already exists). Nothing was written. Reload, re-apply the change
/// and try again.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    public ConcurrencyConflictException()
        : base("The record was changed by someone else since it was read.")
    {
        AggregateType = string.Empty;
        Key = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConcurrencyConflictException(string message)
        : base(message)
    {
        AggregateType = string.Empty;
        Key = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        AggregateType = string.Empty;
        Key = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConcurrencyConflictException"/> class.</summary>
    /// <param name="aggregateType">The aggregate type name.</param>
    /// <param name="key">The aggregate's key.</param>
    /// <param name="expectedVersion">The version the writer read (0 for an add).</param>
    /// <param name="actualVersion">The version stored, or <see langword="null"/> when there is none.</param>
    public ConcurrencyConflictException(string aggregateType, string key, long expectedVersion, long? actualVersion)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} was expected at version {2} but is {3}; nothing was written.",
            aggregateType,
            key,
            expectedVersion,
            actualVersion is { } v ? "at version " + v.ToString(CultureInfo.InvariantCulture) : "not stored"))
    {
        AggregateType = aggregateType;
        Key = key;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the aggregate type name.</summary>
    public string AggregateType { get; }

    /// <summary>Gets the aggregate's key.</summary>
    public string Key { get; }

    /// <summary>Gets the version the writer read (0 for an add).</summary>
    public long ExpectedVersion { get; }

    /// <summary>Gets the version stored, or <see langword="null"/> when there is none.</summary>
    public long? ActualVersion { get; }

    /// <summary>Gets the stable error code of a concurrency conflict.</summary>
    public static string Code => Results.CoreErrorCodes.ConcurrencyConflict;
}

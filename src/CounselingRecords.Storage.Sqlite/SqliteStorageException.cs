using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite;

/// <summary>
/// The SQLite store cannot do its work: the file is not a database, is damaged or belongs to another
/// application, cannot be opened or written, was migrated by a newer version, or holds a record altered outside
/// the library. It carries a stable <see cref="Code"/> (<see cref="SqliteStorageErrorCodes"/>) and the database
/// path, and derives from <see cref="SqliteException"/> so that existing handlers of SQLite errors still catch it.
/// Its message names files, tables and keys, never record content.
/// </summary>
public sealed class SqliteStorageException : SqliteException
{
    /// <summary>Initializes a new instance of the <see cref="SqliteStorageException"/> class.</summary>
    public SqliteStorageException()
        : this(SqliteStorageErrorCodes.Failed, "The SQLite store failed.", string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SqliteStorageException"/> class.</summary>
    /// <param name="message">The message.</param>
    public SqliteStorageException(string message)
        : this(SqliteStorageErrorCodes.Failed, message, string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SqliteStorageException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SqliteStorageException(string message, Exception innerException)
        : this(SqliteStorageErrorCodes.Failed, message, string.Empty, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SqliteStorageException"/> class.</summary>
    /// <param name="code">The stable code, one of <see cref="SqliteStorageErrorCodes"/>.</param>
    /// <param name="reason">What is wrong and what to do, without record content.</param>
    /// <param name="databasePath">The database file.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SqliteStorageException(string code, string reason, string databasePath, Exception? innerException = null)
        : base(
            string.Format(CultureInfo.InvariantCulture, "{0} [{1}]", reason, code),
            (innerException as SqliteException)?.SqliteErrorCode ?? ResultCodeOf(code),
            (innerException as SqliteException)?.SqliteExtendedErrorCode ?? ResultCodeOf(code))
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Reason = reason;
        DatabasePath = databasePath;
        Cause = innerException;
    }

    /// <summary>Gets the stable code (one of <see cref="SqliteStorageErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong and what to do.</summary>
    public string Reason { get; }

    /// <summary>Gets the database file.</summary>
    public string DatabasePath { get; }

    // The SQLite result code a handler of SqliteException expects for a failure found before SQLite reported it.
    private static int ResultCodeOf(string code) => code switch
    {
        SqliteStorageErrorCodes.NotADatabase => 26,
        SqliteStorageErrorCodes.Corrupt => 11,
        SqliteStorageErrorCodes.CannotOpen => 14,
        SqliteStorageErrorCodes.ReadOnly => 8,
        SqliteStorageErrorCodes.Busy => 5,
        SqliteStorageErrorCodes.IoError => 10,
        _ => 1,
    };

    /// <summary>Gets the underlying failure, if any (a <see cref="SqliteException"/> or the wire format's exception). SQLite's exception type has no constructor taking an inner exception, so it is kept here.</summary>
    public Exception? Cause { get; }
}

using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite.Connections;

/// <summary>Turns SQLite's result codes into <see cref="SqliteStorageException"/>s with a stable code and a sentence a person can act on.</summary>
internal static class SqliteErrors
{
    public const int Constraint = 19;
    public const int ConstraintUnique = 2067;
    public const int ConstraintPrimaryKey = 1555;

    public static SqliteStorageException Translate(SqliteException ex, string path) => ex switch
    {
        SqliteStorageException storage => storage,
        { SqliteErrorCode: 26 } => new(SqliteStorageErrorCodes.NotADatabase, $"'{path}' is not a SQLite database. Choose another file, or restore the database from a backup.", path, ex),
        { SqliteErrorCode: 11 } => new(SqliteStorageErrorCodes.Corrupt, $"The database '{path}' is damaged (SQLite reports a malformed image). Restore it from a backup; do not write to it.", path, ex),
        { SqliteErrorCode: 14 } => new(SqliteStorageErrorCodes.CannotOpen, $"The database '{path}' cannot be opened or created: check that the folder exists and is writable.", path, ex),
        { SqliteErrorCode: 8 or 23 } => new(SqliteStorageErrorCodes.ReadOnly, $"The database '{path}' or its folder is read-only.", path, ex),
        { SqliteErrorCode: 5 or 6 } => new(SqliteStorageErrorCodes.Busy, $"Another process kept the database '{path}' locked longer than the busy timeout.", path, ex),
        { SqliteErrorCode: 10 or 13 } => new(SqliteStorageErrorCodes.IoError, $"Reading or writing '{path}' failed (disk full or an input/output error).", path, ex),
        _ => new(SqliteStorageErrorCodes.Failed, $"SQLite failed on '{path}' (result code {ex.SqliteErrorCode}).", path, ex),
    };

    public static bool IsUniqueViolation(SqliteException ex) =>
        ex.SqliteErrorCode == Constraint && ex.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey;
}

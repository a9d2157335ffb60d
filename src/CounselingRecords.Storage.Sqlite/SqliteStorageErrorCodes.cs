namespace CounselingRecords.Storage.Sqlite;

/// <summary>The stable codes of <see cref="SqliteStorageException"/>. Hosts branch on these, never on messages.</summary>
public static class SqliteStorageErrorCodes
{
    /// <summary>The file exists but is not a SQLite database (for example another kind of file, or encrypted).</summary>
    public const string NotADatabase = "storage.database.not_a_database";

    /// <summary>The database file is damaged (SQLite reports a malformed image or a failed integrity check).</summary>
    public const string Corrupt = "storage.database.corrupt";

    /// <summary>The database belongs to another application (its tables or application id are not CounselingRecords').</summary>
    public const string ForeignDatabase = "storage.database.foreign";

    /// <summary>The file cannot be opened or created (missing folder, no permission, a directory of that name).</summary>
    public const string CannotOpen = "storage.database.cannot_open";

    /// <summary>The database or its folder is read-only.</summary>
    public const string ReadOnly = "storage.database.read_only";

    /// <summary>Another process held the database longer than the busy timeout.</summary>
    public const string Busy = "storage.database.busy";

    /// <summary>The disk is full or the operating system reported an input/output error.</summary>
    public const string IoError = "storage.database.io_error";

    /// <summary>Any other SQLite failure.</summary>
    public const string Failed = "storage.database.failed";

    /// <summary>The schema was migrated by a newer version of this library; this version does not write to it.</summary>
    public const string NewerSchema = "storage.schema.newer";

    /// <summary>An applied migration differs from the one this library ships (the schema was altered by hand).</summary>
    public const string MigrationMismatch = "storage.schema.migration_mismatch";

    /// <summary>An indexed column changed its kind or a unique claim cannot be enforced on the stored data.</summary>
    public const string SchemaConflict = "storage.schema.conflict";

    /// <summary>Documents were written by a newer version of this library with a schema version it cannot read.</summary>
    public const string NewerDocuments = "storage.document.newer";

    /// <summary>A stored document cannot be read back (altered outside the library); see the inner exception's code and path.</summary>
    public const string UnreadableDocument = "storage.document.unreadable";

    /// <summary>A stored audit entry cannot be read back (altered outside the library).</summary>
    public const string UnreadableAuditEntry = "storage.audit.unreadable_entry";
}

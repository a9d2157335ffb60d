namespace CounselingRecords.Storage.Sqlite.Schema;

/// <summary>
/// The fixed schema of a CounselingRecords database, as an ordered list of migrations recorded in
/// <c>schema_migrations</c>. Every statement is idempotent (<c>IF NOT EXISTS</c>), so a database created by the
/// audit trail before migrations existed is adopted as it is. Document tables are not here: they follow the
/// registered document types (<see cref="DocumentTables"/>).
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>The SQLite application id of a CounselingRecords database (<c>PRAGMA application_id</c>): "CRec".</summary>
    public const int ApplicationId = 0x43526563;

    public static IReadOnlyList<SqliteMigration> All { get; } =
    [
        new(1, "audit_log", """
            CREATE TABLE IF NOT EXISTS audit_log (
                sequence       INTEGER PRIMARY KEY,
                entry_id       TEXT NOT NULL UNIQUE,
                occurred_at    TEXT NOT NULL,
                actor_user_id  TEXT NOT NULL,
                actor_roles    INTEGER NOT NULL,
                action         TEXT NOT NULL,
                category       TEXT NOT NULL,
                record_type    TEXT NOT NULL,
                record_id      TEXT NOT NULL,
                client_id      TEXT NULL,
                outcome        TEXT NOT NULL,
                rule_id        TEXT NULL,
                reason         TEXT NULL,
                source         TEXT NULL,
                previous_hash  TEXT NOT NULL,
                hash           TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS ix_audit_log_client ON audit_log (client_id, sequence);
            CREATE INDEX IF NOT EXISTS ix_audit_log_record ON audit_log (record_type, record_id, sequence);
            """),
        new(2, "audit_log_append_only", """
            CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            """),
        new(3, "document_catalog", """
            CREATE TABLE IF NOT EXISTS document_types (
                type_name       TEXT PRIMARY KEY NOT NULL,
                table_name      TEXT NOT NULL UNIQUE,
                schema_version  INTEGER NOT NULL,
                updated_at      TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS document_columns (
                type_name    TEXT NOT NULL,
                column_name  TEXT NOT NULL,
                kind         TEXT NOT NULL,
                member       TEXT NOT NULL,
                PRIMARY KEY (type_name, column_name)
            );
            """),
    ];

    /// <summary>The tables a CounselingRecords database may hold besides document tables.</summary>
    public static IReadOnlySet<string> KnownTables { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "schema_migrations", "audit_log", "document_types", "document_columns",
    };
}

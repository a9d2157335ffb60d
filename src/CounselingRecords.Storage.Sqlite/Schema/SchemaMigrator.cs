using System.Globalization;
using System.Text;
using CounselingRecords.Storage.Sqlite.Connections;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Storage.Sqlite.Schema;

/// <summary>
/// Brings a database file to the fixed schema of this library: checks that the file is a SQLite database that
/// belongs to CounselingRecords (or is new), switches it to WAL, and applies the missing migrations in one
/// immediate transaction, recording each in <c>schema_migrations</c> with its checksum. Running it again does
/// nothing. A database migrated by a newer version, or whose applied migrations were edited, is refused.
/// </summary>
internal static class SchemaMigrator
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static void CheckFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new SqliteStorageException(SqliteStorageErrorCodes.CannotOpen, $"'{path}' is a folder, not a database file.", path);
        }

        if (!File.Exists(path))
        {
            return;
        }

        byte[] header;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0)
            {
                return;
            }

            header = new byte[SqliteHeader.Length];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read < header.Length)
            {
                throw NotADatabase(path);
            }
        }
        catch (IOException ex)
        {
            throw new SqliteStorageException(SqliteStorageErrorCodes.CannotOpen, $"The database '{path}' cannot be read: {ex.GetType().Name}.", path, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SqliteStorageException(SqliteStorageErrorCodes.CannotOpen, $"The database '{path}' cannot be read: access denied.", path, ex);
        }

        if (!header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw NotADatabase(path);
        }
    }

    public static void Migrate(SqliteConnection connection, string path, Instant now)
    {
        using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteScalar();
        }

        using var transaction = connection.BeginTransaction();
        var applicationId = Convert.ToInt64(Scalar(connection, transaction, "PRAGMA application_id;"), CultureInfo.InvariantCulture);
        if (applicationId != 0 && applicationId != SqliteMigrations.ApplicationId)
        {
            throw Foreign(path, "its SQLite application id belongs to another application");
        }

        if (applicationId == 0)
        {
            var tables = Tables(connection, transaction);
            var strangers = tables.Where(t => !SqliteMigrations.KnownTables.Contains(t) && !t.StartsWith(DocumentTables.Prefix, StringComparison.OrdinalIgnoreCase)).ToList();
            if (strangers.Count > 0)
            {
                throw Foreign(path, $"it holds tables CounselingRecords does not create ({string.Join(", ", strangers.Take(5))})");
            }
        }

        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     INTEGER PRIMARY KEY,
                name        TEXT NOT NULL,
                checksum    TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """);

        var applied = new Dictionary<int, string>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT version, checksum FROM schema_migrations ORDER BY version;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                applied[reader.GetInt32(0)] = reader.GetString(1);
            }
        }

        var known = SqliteMigrations.All.ToDictionary(m => m.Version);
        if (applied.Keys.Any(v => !known.ContainsKey(v)))
        {
            throw new SqliteStorageException(
                SqliteStorageErrorCodes.NewerSchema,
                $"The database '{path}' was migrated to schema version {applied.Keys.Max()} by a newer version of CounselingRecords; this version knows up to {known.Keys.Max()} and does not write to it. Upgrade the library.",
                path);
        }

        foreach (var (version, checksum) in applied)
        {
            if (!string.Equals(known[version].Checksum, checksum, StringComparison.Ordinal))
            {
                throw new SqliteStorageException(
                    SqliteStorageErrorCodes.MigrationMismatch,
                    $"Migration {version} ({known[version].Name}) recorded in '{path}' differs from the one this library ships; the schema was changed outside the library.",
                    path);
            }
        }

        foreach (var migration in SqliteMigrations.All.Where(m => !applied.ContainsKey(m.Version)))
        {
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($version, $name, $checksum, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$checksum", migration.Checksum);
            record.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(now));
            record.ExecuteNonQuery();
        }

        if (applicationId == 0)
        {
            Execute(connection, transaction, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {SqliteMigrations.ApplicationId};"));
        }

        transaction.Commit();
    }

    public static int CurrentVersion(SqliteConnection connection) =>
        Convert.ToInt32(Scalar(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations;"), CultureInfo.InvariantCulture);

    internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Tables(SqliteConnection connection, SqliteTransaction transaction)
    {
        var tables = new List<string>();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static SqliteStorageException NotADatabase(string path) =>
        new(SqliteStorageErrorCodes.NotADatabase, $"'{path}' is not a SQLite database. Choose another file, or restore the database from a backup.", path);

    private static SqliteStorageException Foreign(string path, string why) =>
        new(SqliteStorageErrorCodes.ForeignDatabase, $"The database '{path}' is not a CounselingRecords database: {why}. Choose another file.", path);
}

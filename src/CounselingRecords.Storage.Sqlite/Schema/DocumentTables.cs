using System.Globalization;
using CounselingRecords.Serialization.SystemTextJson;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.Storage.Sqlite.Connections;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Storage.Sqlite.Schema;

/// <summary>
/// Keeps the document tables in step with the registered document types, idempotently, one immediate
/// transaction per type: creates a missing table; adds a column (and its index) for each newly indexed member
/// or unique claim and fills it from the stored documents; rewrites documents stored at an older schema
/// version (upgraded, with every column recomputed); and records what it did in <c>document_types</c> and
/// <c>document_columns</c>. A column whose kind changed, a unique claim the stored data violates, or documents
/// newer than this library are refused with a <see cref="SqliteStorageException"/>.
/// </summary>
internal static class DocumentTables
{
    public const string Prefix = "doc_";

    public static string TableName(DocumentType type) => Prefix + ToSnakeCase(type.Name);

    public static void Synchronize<T>(SqliteConnection connection, DocumentTable<T> table, Instant now)
        where T : class, IAggregateRoot<T>
    {
        var type = table.Type;
        var path = table.DatabasePath;
        var name = DocumentTable<T>.Q(table.Name);
        using var transaction = connection.BeginTransaction();
        SchemaMigrator.Execute(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {name} (
                key             TEXT PRIMARY KEY NOT NULL,
                version         INTEGER NOT NULL CHECK (version >= 1),
                schema_version  INTEGER NOT NULL,
                document        TEXT NOT NULL,
                saved_at        TEXT NOT NULL
            );
            """);

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var read = Command(connection, transaction, "SELECT column_name, kind FROM document_columns WHERE type_name = $type;"))
        {
            read.Parameters.AddWithValue("$type", type.Name);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                recorded[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var wanted = type.Columns.Select(c => (c.Name, Kind: c.Kind.ToString(), Sql: c.Kind == IndexValueKind.Integer ? "INTEGER" : "TEXT", Member: c.MemberPath))
            .Concat(type.UniqueConstraints.Select(u => (Name: u.Column, Kind: "Claim", Sql: "TEXT", Member: "unique " + u.Name)))
            .ToList();
        var added = new List<string>();
        foreach (var column in wanted)
        {
            if (recorded.TryGetValue(column.Name, out var kind))
            {
                if (!string.Equals(kind, column.Kind, StringComparison.Ordinal))
                {
                    throw new SqliteStorageException(
                        SqliteStorageErrorCodes.SchemaConflict,
                        $"Column {column.Name} of {type.Name} in '{path}' holds {kind} values but is now registered as {column.Kind}; register it under a new column name.",
                        path);
                }

                continue;
            }

            if (!ColumnExists(connection, transaction, table.Name, column.Name))
            {
                SchemaMigrator.Execute(connection, transaction, $"ALTER TABLE {name} ADD COLUMN {DocumentTable<T>.Q(column.Name)} {column.Sql};");
            }

            using var record = Command(connection, transaction, "INSERT INTO document_columns (type_name, column_name, kind, member) VALUES ($type, $column, $kind, $member);");
            record.Parameters.AddWithValue("$type", type.Name);
            record.Parameters.AddWithValue("$column", column.Name);
            record.Parameters.AddWithValue("$kind", column.Kind);
            record.Parameters.AddWithValue("$member", column.Member);
            record.ExecuteNonQuery();
            added.Add(column.Name);
        }

        var newer = Convert.ToInt64(SchemaMigrator.Scalar(connection, transaction, $"SELECT COUNT(*) FROM {name} WHERE schema_version > {type.SchemaVersion.ToString(CultureInfo.InvariantCulture)};"), CultureInfo.InvariantCulture);
        if (newer > 0)
        {
            throw new SqliteStorageException(
                SqliteStorageErrorCodes.NewerDocuments,
                $"{newer} {type.Name} documents in '{path}' were written at a schema version above {type.SchemaVersion} by a newer version of CounselingRecords; upgrade the library.",
                path);
        }

        var rewrite = added.Count > 0
            ? $"SELECT key, version, document FROM {name};"
            : $"SELECT key, version, document FROM {name} WHERE schema_version < {type.SchemaVersion.ToString(CultureInfo.InvariantCulture)};";
        var rows = new List<T>();
        using (var read = Command(connection, transaction, rewrite))
        {
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(table.Read(reader));
            }
        }

        foreach (var row in rows)
        {
            using var update = Command(connection, transaction, table.UpdateSql);
            table.BindRow(update, row, InstantPattern.ExtendedIso.Format(now));
            update.Parameters.AddWithValue("$expected", row.Version);
            try
            {
                update.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (SqliteErrors.IsUniqueViolation(ex))
            {
                throw new SqliteStorageException(
                    SqliteStorageErrorCodes.SchemaConflict,
                    $"The stored {type.Name} documents in '{path}' violate a unique claim now registered (at {row.Key}); resolve the duplicates before registering it.",
                    path,
                    ex);
            }
        }

        // A set column (|a|b|) is tested with instr() row by row; an ordinary index could not seek into it.
        foreach (var column in type.Columns.Where(c => c.Kind != IndexValueKind.TextSet))
        {
            SchemaMigrator.Execute(connection, transaction, $"CREATE INDEX IF NOT EXISTS {DocumentTable<T>.Q("ix_" + table.Name + "_" + column.Name)} ON {name} ({DocumentTable<T>.Q(column.Name)});");
        }

        foreach (var index in type.Indexes)
        {
            SchemaMigrator.Execute(connection, transaction, $"CREATE INDEX IF NOT EXISTS {DocumentTable<T>.Q("ix_" + table.Name + "_" + index.Name)} ON {name} ({string.Join(", ", index.Columns.Select(DocumentTable<T>.Q))});");
        }

        foreach (var constraint in type.UniqueConstraints)
        {
            try
            {
                SchemaMigrator.Execute(connection, transaction, $"CREATE UNIQUE INDEX IF NOT EXISTS {DocumentTable<T>.Q("uq_" + table.Name + "_" + constraint.Name)} ON {name} ({DocumentTable<T>.Q(constraint.Column)});");
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteErrors.Constraint)
            {
                throw new SqliteStorageException(
                    SqliteStorageErrorCodes.SchemaConflict,
                    $"The stored {type.Name} documents in '{path}' violate the unique claim {constraint.Name}; resolve the duplicates before registering it.",
                    path,
                    ex);
            }
        }

        using (var upsert = Command(connection, transaction, """
            INSERT INTO document_types (type_name, table_name, schema_version, updated_at) VALUES ($type, $table, $schema, $at)
            ON CONFLICT (type_name) DO UPDATE SET schema_version = excluded.schema_version, updated_at = excluded.updated_at
            WHERE document_types.schema_version <> excluded.schema_version;
            """))
        {
            upsert.Parameters.AddWithValue("$type", type.Name);
            upsert.Parameters.AddWithValue("$table", table.Name);
            upsert.Parameters.AddWithValue("$schema", type.SchemaVersion);
            upsert.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(now));
            upsert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    internal static string ToSnakeCase(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static bool ColumnExists(SqliteConnection connection, SqliteTransaction transaction, string table, string column)
    {
        using var command = Command(connection, transaction, "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column;");
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}

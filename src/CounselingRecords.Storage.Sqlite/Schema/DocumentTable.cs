using System.Globalization;
using CounselingRecords.Serialization.SystemTextJson;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite.Schema;

/// <summary>
/// The table of one document type: <c>key</c> (primary key), <c>version</c> (optimistic concurrency),
/// <c>schema_version</c>, <c>document</c> (the JSON envelope), <c>saved_at</c>, then one column per indexed member
/// and one per unique claim (<c>uq_…</c>, with a unique index). Holds the SQL of every statement.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
internal sealed class DocumentTable<T>
    where T : class, IAggregateRoot<T>
{
    public DocumentTable(DocumentType<T> type, DocumentSerializer serializer, string databasePath)
    {
        Type = type;
        Serializer = serializer;
        DatabasePath = databasePath;
        Name = DocumentTables.TableName(type);
        var extra = type.Columns.Select(c => Q(c.Name)).Concat(type.UniqueConstraints.Select(u => Q(u.Column))).ToList();
        var extraParameters = Enumerable.Range(0, extra.Count).Select(i => "$c" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        ExtraColumnCount = extra.Count;
        var table = Q(Name);
        InsertSql = $"INSERT INTO {table} (key, version, schema_version, document, saved_at{string.Concat(extra.Select(c => ", " + c))}) VALUES ($key, $version, $schema, $document, $saved{string.Concat(extraParameters.Select(p => ", " + p))});";
        UpdateSql = $"UPDATE {table} SET version = $version, schema_version = $schema, document = $document, saved_at = $saved{string.Concat(extra.Zip(extraParameters).Select(p => $", {p.First} = {p.Second}"))} WHERE key = $key AND version = $expected;";
        DeleteSql = $"DELETE FROM {table} WHERE key = $key AND version = $expected;";
        VersionSql = $"SELECT version FROM {table} WHERE key = $key;";
        FindSql = $"SELECT key, version, document FROM {table} WHERE key = $key;";
        SelectSql = $"SELECT key, version, document FROM {table}";
        CountSql = $"SELECT COUNT(*) FROM {table};";
        AnySql = $"SELECT EXISTS (SELECT 1 FROM {table});";
    }

    public DocumentType<T> Type { get; }

    public DocumentSerializer Serializer { get; }

    public string DatabasePath { get; }

    public string Name { get; }

    public int ExtraColumnCount { get; }

    public string InsertSql { get; }

    public string UpdateSql { get; }

    public string DeleteSql { get; }

    public string VersionSql { get; }

    public string FindSql { get; }

    public string SelectSql { get; }

    public string CountSql { get; }

    public string AnySql { get; }

    /// <summary>Quotes an identifier that registration already restricted to <c>[a-z0-9_]</c>.</summary>
    public static string Q(string identifier) => "\"" + identifier + "\"";

    /// <summary>Binds the stored form of <paramref name="saved"/> (already stamped with its new version).</summary>
    public void BindRow(SqliteCommand command, T saved, string savedAt)
    {
        command.Parameters.AddWithValue("$key", saved.Key);
        command.Parameters.AddWithValue("$version", saved.Version);
        command.Parameters.AddWithValue("$schema", Type.SchemaVersion);
        command.Parameters.AddWithValue("$document", Serializer.Serialize(saved));
        command.Parameters.AddWithValue("$saved", savedAt);
        var i = 0;
        foreach (var column in Type.Columns)
        {
            command.Parameters.AddWithValue("$c" + (i++).ToString(CultureInfo.InvariantCulture), Type.ColumnValue(column, saved) ?? DBNull.Value);
        }

        foreach (var constraint in Type.UniqueConstraints)
        {
            command.Parameters.AddWithValue("$c" + (i++).ToString(CultureInfo.InvariantCulture), (object?)Type.ClaimOf(constraint, saved) ?? DBNull.Value);
        }
    }

    /// <summary>Reads an aggregate from a row of (key, version, document), stamping it with the stored version.</summary>
    public T Read(SqliteDataReader reader)
    {
        var key = reader.GetString(0);
        var version = reader.GetInt64(1);
        T aggregate;
        try
        {
            aggregate = Serializer.Deserialize<T>(reader.GetFieldValue<byte[]>(2).AsMemory());
        }
        catch (CounselingRecordsJsonException ex)
        {
            throw new SqliteStorageException(
                SqliteStorageErrorCodes.UnreadableDocument,
                $"{Type.Name} {key} in table {Name} of '{DatabasePath}' cannot be read ({ex.Code} at {ex.Path}); it was altered outside the library. Restore it from a backup.",
                DatabasePath,
                ex);
        }

        if (!string.Equals(aggregate.Key, key, StringComparison.Ordinal))
        {
            throw new SqliteStorageException(
                SqliteStorageErrorCodes.UnreadableDocument,
                $"The row {key} of table {Name} in '{DatabasePath}' holds the document of another {Type.Name}; it was altered outside the library.",
                DatabasePath);
        }

        return aggregate.Version == version ? aggregate : aggregate.WithVersion(version);
    }

    /// <summary>Writes an <see cref="IndexFilter"/> as a SQL condition with parameters <c>$f0</c>, <c>$f1</c>, …</summary>
    public string Where(IndexFilter filter, SqliteCommand command)
    {
        var counter = 0;
        return Write(filter);

        string Parameter(object value)
        {
            var name = "$f" + (counter++).ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            return name;
        }

        string Write(IndexFilter node) => node.Kind switch
        {
            IndexFilterKind.All => "1",
            IndexFilterKind.IsNull => $"{Q(node.Column!)} IS NULL",
            IndexFilterKind.In => node.Values.IsEmpty ? "0" : $"{Q(node.Column!)} IN ({string.Join(", ", node.Values.Select(Parameter))})",
            IndexFilterKind.Contains => $"instr({Q(node.Column!)}, {Parameter(node.Values[0])}) > 0",
            IndexFilterKind.Compare => $"{Q(node.Column!)} {node.Comparison switch { IndexComparison.Equal => "=", IndexComparison.AtMost => "<=", _ => ">=" }} {Parameter(node.Values[0])}",
            IndexFilterKind.And => "(" + string.Join(" AND ", node.Operands.Select(Write)) + ")",
            _ => "(" + string.Join(" OR ", node.Operands.Select(Write)) + ")",
        };
    }
}

using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Documents;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite.Tests;

/// <summary>A database file in a fresh temporary folder, deleted (with its WAL files) when disposed.</summary>
internal sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _folder;

    public TemporaryDatabase()
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "counseling-records-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "test.db");
    }

    public string Path { get; }

    public static DocumentSerializer Documents { get; } = ConformanceVisitDocument.CreateSerializer();

    public SqliteStoreOptions Options(DocumentSerializer? documents = null) =>
        new() { DatabasePath = Path, Documents = documents ?? Documents, Clock = TestClock.At() };

    public SqliteStore Open(DocumentSerializer? documents = null) => SqliteStore.Open(Options(documents));

    /// <summary>Runs SQL directly on the file, as someone with access to it could.</summary>
    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public IReadOnlyList<string> Column(string sql, int ordinal)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(ordinal));
        }

        return values;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may still be closing; the folder is under the temporary directory.
        }

        return ValueTask.CompletedTask;
    }
}

using System.Collections.Frozen;
using System.Globalization;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage.Sqlite.Connections;
using CounselingRecords.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite;

/// <summary>
/// The embedded SQLite store: one database file holding a table per document type (JSON documents with their
/// indexed columns, a version column for optimistic concurrency and unique indexes for claims), the chained
/// audit log, and the migration history. Opening it checks the file (a non-SQLite, damaged or foreign file is
/// refused with a typed <see cref="SqliteStorageException"/>), switches it to WAL, applies migrations and brings
/// the document tables in step with the registered types. Work goes through sessions
/// (<see cref="OpenSession"/>), one per scope. Thread-safe.
/// </summary>
public sealed class SqliteStore
{
    private readonly FrozenDictionary<Type, object> _tables;
    private readonly string _connectionString;
    private readonly string _busyPragma;

    private SqliteStore(SqliteStoreOptions options, string path)
    {
        Options = options;
        DatabasePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _busyPragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
        _tables = options.Documents.Types.ToFrozenDictionary(t => t.AggregateType, t => t.Accept(new TableFactory(options.Documents, path)));
    }

    /// <summary>Gets the options.</summary>
    public SqliteStoreOptions Options { get; }

    /// <summary>Gets the full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Gets the document types this store holds.</summary>
    public DocumentSerializer Documents => Options.Documents;

    /// <summary>Opens (creating when missing) and migrates the database.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The store.</returns>
    /// <exception cref="SqliteStorageException">The file cannot be used (see its code).</exception>
    public static SqliteStore Open(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Documents, nameof(options));
        var path = Path.GetFullPath(options.DatabasePath);
        var store = new SqliteStore(options, path);
        store.Initialize();
        return store;
    }

    /// <summary>Opens (creating when missing) and migrates the database without blocking the caller.</summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The store.</returns>
    /// <exception cref="SqliteStorageException">The file cannot be used (see its code).</exception>
    public static Task<SqliteStore> OpenAsync(SqliteStoreOptions options, CancellationToken cancellationToken = default) =>
        Task.Run(() => Open(options), cancellationToken);

    /// <summary>Opens a session: its repositories, unit of work and audit trail share one transaction while a unit of work runs.</summary>
    /// <returns>The session.</returns>
    public SqliteSession OpenSession() => new(this);

    /// <summary>Runs SQLite's full integrity check.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The problems SQLite reports (page and table names, never content); empty when the file is sound.</returns>
    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var problems = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var line = reader.GetString(0);
                if (!string.Equals(line, "ok", StringComparison.Ordinal))
                {
                    problems.Add(line);
                }
            }

            return problems;
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, DatabasePath);
        }
    }

    /// <summary>Gets the fixed schema version of the database (the last migration applied).</summary>
    /// <returns>The version.</returns>
    public int SchemaVersion()
    {
        using var connection = OpenConnection();
        return SchemaMigrator.CurrentVersion(connection);
    }

    internal static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();

    internal DocumentTable<T> Table<T>()
        where T : class, IAggregateRoot<T> =>
        _tables.TryGetValue(typeof(T), out var table)
            ? (DocumentTable<T>)table
            : throw new InvalidOperationException($"{typeof(T).Name} is not a document type of this store; register a DocumentType<{typeof(T).Name}> with its DocumentSerializer.");

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = _busyPragma;
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _busyPragma;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private void Initialize()
    {
        SchemaMigrator.CheckFile(DatabasePath);
        try
        {
            using var gate = WriterGate.EnterAsync(DatabasePath, CancellationToken.None).GetAwaiter().GetResult();
            using var connection = OpenConnection();
            SchemaMigrator.Migrate(connection, DatabasePath, Options.Clock.GetCurrentInstant());
            var synchronizer = new TableSynchronizer(this, connection);
            foreach (var type in Documents.Types)
            {
                type.Accept(synchronizer);
            }

            if (Options.CheckIntegrityOnOpen && CheckIntegrityAsync().GetAwaiter().GetResult() is { Count: > 0 } problems)
            {
                throw new SqliteStorageException(SqliteStorageErrorCodes.Corrupt, $"The database '{DatabasePath}' failed SQLite's integrity check ({problems.Count} problems). Restore it from a backup.", DatabasePath);
            }
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, DatabasePath);
        }
    }

    private sealed class TableSynchronizer(SqliteStore store, SqliteConnection connection) : IDocumentTypeVisitor<bool>
    {
        public bool Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T>
        {
            DocumentTables.Synchronize(connection, store.Table<T>(), store.Options.Clock.GetCurrentInstant());
            return true;
        }
    }

    private sealed class TableFactory(DocumentSerializer serializer, string path) : IDocumentTypeVisitor<object>
    {
        public object Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T> => new DocumentTable<T>(documentType, serializer, path);
    }
}

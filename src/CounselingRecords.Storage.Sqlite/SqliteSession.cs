using CounselingRecords.Storage.Sqlite.Auditing;
using CounselingRecords.Storage.Sqlite.Connections;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite;

/// <summary>
/// One scope of a <see cref="SqliteStore"/> (a request, a job): its repositories, its unit of work and its audit
/// trail. Outside a unit of work each write runs in its own immediate transaction and each read on its own
/// pooled connection. <see cref="ExecuteAsync{TResult}"/> opens one immediate transaction that every repository
/// and the audit trail of this session join: it commits when the work completes and rolls back when the work
/// throws (or the process dies), so nothing is half-written. Other sessions keep reading the last committed
/// state (WAL) while it runs; writers queue behind it. A nested call joins the running unit of work.
/// </summary>
public sealed class SqliteSession : IUnitOfWork, IDisposable, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly object _ambientLock = new();
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;

    internal SqliteSession(SqliteStore store)
    {
        Store = store;
        AuditTrail = new SqliteAuditTrail(this);
    }

    /// <summary>Gets the store.</summary>
    public SqliteStore Store { get; }

    /// <summary>Gets the audit trail of this session.</summary>
    public SqliteAuditTrail AuditTrail { get; }

    /// <summary>Gets the unit of work of this session (the session itself).</summary>
    public IUnitOfWork UnitOfWork => this;

    private bool InUnitOfWork
    {
        get
        {
            lock (_ambientLock)
            {
                return _transaction is not null;
            }
        }
    }

    /// <summary>Returns a repository of this session.</summary>
    /// <typeparam name="T">A registered aggregate type.</typeparam>
    /// <returns>The repository.</returns>
    public SqliteRepository<T> Repository<T>()
        where T : class, IAggregateRoot<T> => new(this);

    /// <inheritdoc />
    public async Task<TResult> ExecuteAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (InUnitOfWork)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }

        using var writer = await WriterGate.EnterAsync(Store.DatabasePath, cancellationToken).ConfigureAwait(false);
        SqliteConnection connection;
        SqliteTransaction transaction;
        try
        {
            connection = await Store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            transaction = connection.BeginTransaction();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, Store.DatabasePath);
        }

        lock (_ambientLock)
        {
            (_connection, _transaction) = (connection, transaction);
        }

        try
        {
            var result = await work(cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Translate(ex, Store.DatabasePath);
            }
            finally
            {
                _gate.Release();
            }

            return result;
        }
        finally
        {
            lock (_ambientLock)
            {
                (_connection, _transaction) = (null, null);
            }

            // Disposing an uncommitted transaction rolls it back.
            await transaction.DisposeAsync().ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal async Task<TResult> ReadAsync<TResult>(Func<SqliteConnection, SqliteTransaction?, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken)
    {
        try
        {
            if (TryAmbient(out var ambient, out var ambientTransaction))
            {
                await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await read(ambient, ambientTransaction, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }
            }

            await using var connection = await Store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection, null, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, Store.DatabasePath);
        }
    }

    internal async Task<TResult> WriteAsync<TResult>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<TResult>> write, CancellationToken cancellationToken)
    {
        try
        {
            if (TryAmbient(out var ambient, out var ambientTransaction))
            {
                await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await write(ambient, ambientTransaction!, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _gate.Release();
                }
            }

            using var writer = await WriterGate.EnterAsync(Store.DatabasePath, cancellationToken).ConfigureAwait(false);
            await using var connection = await Store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction();
            var result = await write(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, Store.DatabasePath);
        }
    }

    private bool TryAmbient(out SqliteConnection connection, out SqliteTransaction? transaction)
    {
        lock (_ambientLock)
        {
            connection = _connection!;
            transaction = _transaction;
            return _transaction is not null;
        }
    }
}

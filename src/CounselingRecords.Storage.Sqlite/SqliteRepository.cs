using System.Globalization;
using Ardalis.Specification;
using CounselingRecords.Serialization.SystemTextJson.Indexing;
using CounselingRecords.Storage.InMemory.Evaluation;
using CounselingRecords.Storage.Sqlite.Connections;
using CounselingRecords.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace CounselingRecords.Storage.Sqlite;

/// <summary>
/// An <see cref="IRepository{T}"/> over a SQLite session. Writes check the version in SQL
/// (<c>UPDATE … WHERE key = ? AND version = ?</c>): a stale write throws
/// <see cref="ConcurrencyConflictException"/> and changes nothing; a write whose unique claim another aggregate
/// holds is refused by the unique index the same way. Range writes share one transaction. A specification is
/// evaluated in two steps: its pre-filter (registered, or translated from its <c>Where</c> clauses on indexed
/// members; see <c>DocumentType&lt;T&gt;.Explain</c>) selects candidate rows in SQL through the indexes, then the
/// full specification (criteria, order, paging, projection) runs in memory over those candidates with Ardalis'
/// evaluator, so results are exactly the in-memory semantics. Unordered queries return aggregates in the order
/// they were first stored.
/// </summary>
/// <typeparam name="T">A registered aggregate type.</typeparam>
public sealed class SqliteRepository<T> : IRepository<T>
    where T : class, IAggregateRoot<T>
{
    private readonly SqliteSession _session;
    private readonly DocumentTable<T> _table;

    /// <summary>Initializes a new instance of the <see cref="SqliteRepository{T}"/> class.</summary>
    /// <param name="session">The session.</param>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is not a document type of the store.</exception>
    public SqliteRepository(SqliteSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        _table = session.Store.Table<T>();
    }

    /// <inheritdoc />
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return _session.WriteAsync((c, t, ct) => Task.FromResult(Add(c, t, entity)), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Materialize(entities);
        return await _session.WriteAsync((c, t, ct) => Task.FromResult(list.Select(e => Add(c, t, e)).ToList()), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _session.WriteAsync((c, t, ct) => Task.FromResult(Update(c, t, entity)), cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Materialize(entities);
        return (await _session.WriteAsync((c, t, ct) => Task.FromResult(list.Select(e => Update(c, t, e)).ToList()), cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await _session.WriteAsync((c, t, ct) => Task.FromResult(Delete(c, t, entity)), cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = Materialize(entities);
        return _session.WriteAsync((c, t, ct) => Task.FromResult(list.Sum(e => Delete(c, t, e))), cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return _session.WriteAsync(
            async (c, t, ct) =>
            {
                var doomed = CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(c, t, specification, ct).ConfigureAwait(false), specification).ToList();
                return doomed.Sum(e => Delete(c, t, e));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task<T> SaveAsync(T aggregate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return aggregate.Version == 0
            ? AddAsync(aggregate, cancellationToken)
            : _session.WriteAsync((c, t, ct) => Task.FromResult(Update(c, t, aggregate)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<T?> FindAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _session.ReadAsync(
            async (c, t, ct) =>
            {
                await using var command = Command(c, t, _table.FindSql);
                command.Parameters.AddWithValue("$key", key);
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                return await reader.ReadAsync(ct).ConfigureAwait(false) ? _table.Read(reader) : null;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => FindAsync(KeyOf(id), cancellationToken);

    /// <inheritdoc />
    public async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false), specification).FirstOrDefault();

    /// <inheritdoc />
    public async Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false), specification).FirstOrDefault();

    /// <inheritdoc />
    public async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false), specification).SingleOrDefault();

    /// <inheritdoc />
    public async Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false), specification).SingleOrDefault();

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => CandidatesAsync(null, cancellationToken);

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false), specification).ToList();

    /// <inheritdoc />
    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        CachedSpecificationEvaluator.Instance.Evaluate(await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false), specification).ToList();

    /// <inheritdoc />
    public async Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        (await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false)).Count(CachedSpecificationEvaluator.Criteria(specification));

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        _session.ReadAsync(
            async (c, t, ct) =>
            {
                await using var command = Command(c, t, _table.CountSql);
                return Convert.ToInt32(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        (await CandidatesAsync(specification, cancellationToken).ConfigureAwait(false)).Any(CachedSpecificationEvaluator.Criteria(specification));

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        _session.ReadAsync(
            async (c, t, ct) =>
            {
                await using var command = Command(c, t, _table.AnySql);
                return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
            },
            cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        foreach (var item in await ListAsync(specification).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    internal static string KeyOf<TId>(TId id)
        where TId : notnull => id switch
        {
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"{typeof(TId).Name} is neither a key text nor an id; pass the aggregate's Key.", nameof(id)),
        };

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static List<T> Materialize(IEnumerable<T> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        if (list.Any(e => e is null))
        {
            throw new ArgumentException("A range holds a null aggregate.", nameof(entities));
        }

        return list;
    }

    private Task<List<T>> CandidatesAsync(ISpecification<T>? specification, CancellationToken cancellationToken) =>
        _session.ReadAsync((c, t, ct) => CandidatesAsync(c, t, specification, ct), cancellationToken);

    private async Task<List<T>> CandidatesAsync(SqliteConnection connection, SqliteTransaction? transaction, ISpecification<T>? specification, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, string.Empty);
        var filter = specification is null ? IndexFilter.All : _table.Type.PreFilterFor(specification);
        command.CommandText = filter.IsAll
            ? _table.SelectSql + " ORDER BY rowid;"
            : _table.SelectSql + " WHERE " + _table.Where(filter, command) + " ORDER BY rowid;";
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(_table.Read(reader));
        }

        return rows;
    }

    private long? StoredVersion(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        using var command = Command(connection, transaction, _table.VersionSql);
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() is long version ? version : null;
    }

    private ConcurrencyConflictException Conflict(string key, long expected, long? actual) => new(_table.Type.Name, key, expected, actual);

    private string Now() => InstantPattern.ExtendedIso.Format(_session.Store.Options.Clock.GetCurrentInstant());

    private T Add(SqliteConnection connection, SqliteTransaction transaction, T entity)
    {
        var stored = StoredVersion(connection, transaction, entity.Key);
        if (entity.Version != 0 || stored is not null)
        {
            throw Conflict(entity.Key, entity.Version, stored);
        }

        var saved = entity.WithVersion(1);
        using var insert = Command(connection, transaction, _table.InsertSql);
        _table.BindRow(insert, saved, Now());
        Execute(connection, transaction, insert, saved);
        return saved;
    }

    private T Update(SqliteConnection connection, SqliteTransaction transaction, T entity)
    {
        var saved = entity.WithVersion(entity.Version + 1);
        using var update = Command(connection, transaction, _table.UpdateSql);
        _table.BindRow(update, saved, Now());
        update.Parameters.AddWithValue("$expected", entity.Version);
        if (Execute(connection, transaction, update, saved) == 0)
        {
            throw Conflict(entity.Key, entity.Version, StoredVersion(connection, transaction, entity.Key));
        }

        return saved;
    }

    private int Delete(SqliteConnection connection, SqliteTransaction transaction, T entity)
    {
        using var delete = Command(connection, transaction, _table.DeleteSql);
        delete.Parameters.AddWithValue("$key", entity.Key);
        delete.Parameters.AddWithValue("$expected", entity.Version);
        if (delete.ExecuteNonQuery() == 0)
        {
            throw Conflict(entity.Key, entity.Version, StoredVersion(connection, transaction, entity.Key));
        }

        return 1;
    }

    private int Execute(SqliteConnection connection, SqliteTransaction transaction, SqliteCommand command, T saved)
    {
        try
        {
            return command.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (SqliteErrors.IsUniqueViolation(ex))
        {
            foreach (var constraint in _table.Type.UniqueConstraints)
            {
                if (_table.Type.ClaimOf(constraint, saved) is not { } claim)
                {
                    continue;
                }

                using var holder = Command(connection, transaction, $"SELECT key FROM {DocumentTable<T>.Q(_table.Name)} WHERE {DocumentTable<T>.Q(constraint.Column)} = $claim AND key <> $key;");
                holder.Parameters.AddWithValue("$claim", claim);
                holder.Parameters.AddWithValue("$key", saved.Key);
                if (holder.ExecuteScalar() is string other)
                {
                    throw new ConcurrencyConflictException(string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} {1} claims the unique '{2}' that {0} {3} holds; nothing was written.",
                        _table.Type.Name,
                        saved.Key,
                        constraint.Name,
                        other));
                }
            }

            throw Conflict(saved.Key, saved.Version - 1, StoredVersion(connection, transaction, saved.Key));
        }
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Storage.Sqlite.Connections;
using CounselingRecords.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Storage.Sqlite.Auditing;

/// <summary>
/// The hash-chained audit trail in a SQLite database (table <c>audit_log</c>, created by the store's migrations
/// with triggers that refuse updates and deletes). Each append reads the head of the chain and inserts the next
/// link (<see cref="AuditChain.Link"/>) inside an immediate transaction, so concurrent writers queue and the
/// chain never forks; appends made in a session's unit of work commit or roll back with it.
/// <see cref="VerifyChainAsync(CancellationToken)"/> streams the chain through <see cref="AuditChain"/> and
/// reports the first broken link, including rows altered so that they no longer parse.
/// </summary>
public sealed class SqliteAuditTrail : IAuditTrail
{
    private const int Batch = 1000;
    private const string Columns = "sequence, entry_id, occurred_at, actor_user_id, actor_roles, action, category, record_type, record_id, client_id, outcome, rule_id, reason, source, previous_hash, hash";

    private readonly SqliteSession? _session;
    private readonly string _connectionString;
    private readonly string _path;

    /// <summary>Initializes a new instance of the <see cref="SqliteAuditTrail"/> class over its own connections, migrating the database first.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string naming a database file.</param>
    /// <param name="clock">The clock that stamps migrations; the system clock when omitted.</param>
    /// <exception cref="SqliteStorageException">The file cannot be used (see its code).</exception>
    public SqliteAuditTrail(string connectionString, IClock? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        _path = builder.DataSource.Length == 0 || builder.DataSource == ":memory:" ? builder.DataSource : Path.GetFullPath(builder.DataSource);
        _connectionString = connectionString;
        if (builder.Mode != SqliteOpenMode.Memory && _path != ":memory:")
        {
            SchemaMigrator.CheckFile(_path);
        }

        try
        {
            using var gate = WriterGate.EnterAsync(_path, CancellationToken.None).GetAwaiter().GetResult();
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            SchemaMigrator.Migrate(connection, _path, (clock ?? SystemClock.Instance).GetCurrentInstant());
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _path);
        }
    }

    internal SqliteAuditTrail(SqliteSession session)
    {
        _session = session;
        _path = session.Store.DatabasePath;
        _connectionString = string.Empty;
    }

    /// <inheritdoc />
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await WriteAsync(
            (connection, transaction, ct) =>
            {
                ChainedAuditEntry? last = null;
                using (var read = Command(connection, transaction, "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1;"))
                using (var reader = read.ExecuteReader())
                {
                    if (reader.Read())
                    {
                        last = new ChainedAuditEntry(reader.GetInt64(0), entry, string.Empty, reader.GetString(1));
                    }
                }

                var chained = AuditChain.Link(last, entry);
                using var insert = Command(connection, transaction, $"""
                    INSERT INTO audit_log ({Columns})
                    VALUES ($sequence, $entry_id, $occurred_at, $actor, $roles, $action, $category, $record_type,
                            $record_id, $client_id, $outcome, $rule_id, $reason, $source, $previous_hash, $hash);
                    """);
                insert.Parameters.AddWithValue("$sequence", chained.Sequence);
                insert.Parameters.AddWithValue("$entry_id", entry.Id.ToString());
                insert.Parameters.AddWithValue("$occurred_at", InstantPattern.ExtendedIso.Format(entry.OccurredAt));
                insert.Parameters.AddWithValue("$actor", entry.ActorUserId.ToString());
                insert.Parameters.AddWithValue("$roles", (long)entry.ActorRoles);
                insert.Parameters.AddWithValue("$action", entry.Action.ToString());
                insert.Parameters.AddWithValue("$category", entry.Category.ToString());
                insert.Parameters.AddWithValue("$record_type", entry.Record.RecordType);
                insert.Parameters.AddWithValue("$record_id", entry.Record.RecordId);
                insert.Parameters.AddWithValue("$client_id", (object?)entry.ClientId?.ToString() ?? DBNull.Value);
                insert.Parameters.AddWithValue("$outcome", entry.Outcome.ToString());
                insert.Parameters.AddWithValue("$rule_id", (object?)entry.RuleId ?? DBNull.Value);
                insert.Parameters.AddWithValue("$reason", (object?)entry.Reason ?? DBNull.Value);
                insert.Parameters.AddWithValue("$source", (object?)entry.Source ?? DBNull.Value);
                insert.Parameters.AddWithValue("$previous_hash", chained.PreviousHash);
                insert.Parameters.AddWithValue("$hash", chained.Hash);
                insert.ExecuteNonQuery();
                return Task.FromResult(chained.Sequence);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="SqliteStorageException">A stored entry no longer parses (<see cref="SqliteStorageErrorCodes.UnreadableAuditEntry"/>).</exception>
    public async IAsyncEnumerable<ChainedAuditEntry> ReadAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in RowsAsync(fromSequence, cancellationToken).ConfigureAwait(false))
        {
            yield return row.Entry ?? throw new SqliteStorageException(
                SqliteStorageErrorCodes.UnreadableAuditEntry,
                $"Audit entry {row.Sequence} in '{_path}' no longer parses; it was altered outside the library. Run VerifyChainAsync for the report.",
                _path);
        }
    }

    /// <inheritdoc />
    public Task<AuditChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default) => VerifyChainAsync(null, cancellationToken);

    /// <summary>Checks the whole chain against a head hash recorded earlier, which also detects entries cut from the end.</summary>
    /// <param name="expectedHeadHash">The head hash recorded earlier (<see cref="AuditChainVerification.HeadHash"/>), or null.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The verification result; an entry altered so that it no longer parses is reported as <see cref="AuditChainProblem.AlteredEntry"/>.</returns>
    public async Task<AuditChainVerification> VerifyChainAsync(string? expectedHeadHash, CancellationToken cancellationToken = default)
    {
        long? unreadable = null;
        async IAsyncEnumerable<ChainedAuditEntry> Parsed([EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var row in RowsAsync(1, ct).ConfigureAwait(false))
            {
                if (row.Entry is null)
                {
                    unreadable = row.Sequence;
                    yield break;
                }

                yield return row.Entry;
            }
        }

        var verification = await AuditChain.VerifyAsync(Parsed(cancellationToken), null, cancellationToken).ConfigureAwait(false);
        if (!verification.IsIntact)
        {
            return verification;
        }

        if (unreadable is { } sequence)
        {
            return new AuditChainVerification(verification.EntriesChecked, AuditChainProblem.AlteredEntry, sequence, verification.HeadHash);
        }

        return expectedHeadHash is not null && !string.Equals(expectedHeadHash, verification.HeadHash, StringComparison.Ordinal)
            ? new AuditChainVerification(verification.EntriesChecked, AuditChainProblem.TruncatedTail, verification.EntriesChecked + 1, verification.HeadHash)
            : verification;
    }

    /// <summary>Counts the entries.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The number of entries.</returns>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = Command(connection, transaction, "SELECT COUNT(*) FROM audit_log;");
                return Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
            },
            cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static ChainedAuditEntry? Parse(SqliteDataReader reader)
    {
        try
        {
            if (!AuditEntryId.TryParse(reader.GetString(1), out var id)
                || InstantPattern.ExtendedIso.Parse(reader.GetString(2)) is not { Success: true } at
                || !UserId.TryParse(reader.GetString(3), out var actor)
                || !Enum.TryParse<AuditAction>(reader.GetString(5), out var action) || !Enum.IsDefined(action)
                || !Enum.TryParse<AuditCategory>(reader.GetString(6), out var category) || !Enum.IsDefined(category)
                || !Enum.TryParse<AuditOutcome>(reader.GetString(10), out var outcome) || !Enum.IsDefined(outcome))
            {
                return null;
            }

            ClientId? client = null;
            if (!reader.IsDBNull(9))
            {
                if (!ClientId.TryParse(reader.GetString(9), out var parsed))
                {
                    return null;
                }

                client = parsed;
            }

            var entry = new AuditEntry(
                id,
                at.Value,
                actor,
                (Role)reader.GetInt64(4),
                action,
                category,
                new RecordReference(reader.GetString(7), reader.GetString(8)),
                client,
                outcome,
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13));
            return new ChainedAuditEntry(reader.GetInt64(0), entry, reader.GetString(14), reader.GetString(15));
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            return null;
        }
    }

    private async IAsyncEnumerable<(long Sequence, ChainedAuditEntry? Entry)> RowsAsync(long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var next = fromSequence;
        while (true)
        {
            var batch = await ReadAsync(
                async (connection, transaction, ct) =>
                {
                    await using var command = Command(connection, transaction, $"SELECT {Columns} FROM audit_log WHERE sequence >= $from ORDER BY sequence LIMIT $limit;");
                    command.Parameters.AddWithValue("$from", next);
                    command.Parameters.AddWithValue("$limit", Batch);
                    var rows = new List<(long, ChainedAuditEntry?)>();
                    await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        rows.Add((reader.GetInt64(0), Parse(reader)));
                    }

                    return rows;
                },
                cancellationToken).ConfigureAwait(false);
            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            next = batch[^1].Item1 + 1;
        }
    }

    private async Task<TResult> ReadAsync<TResult>(Func<SqliteConnection, SqliteTransaction?, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken)
    {
        if (_session is not null)
        {
            return await _session.ReadAsync(read, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection, null, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _path);
        }
    }

    private async Task<TResult> WriteAsync<TResult>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<TResult>> write, CancellationToken cancellationToken)
    {
        if (_session is not null)
        {
            return await _session.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            using var writer = await WriterGate.EnterAsync(_path, cancellationToken).ConfigureAwait(false);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction();
            var result = await write(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _path);
        }
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using Microsoft.Data.Sqlite;
using NodaTime.Text;

namespace CounselingRecords.Storage.Sqlite.Auditing;

/// <summary>
/// The hash-chained audit trail in a SQLite database (table <c>audit_log</c>). Appends run in an immediate
/// transaction so that concurrent writers serialize and the chain never forks. Rows are never updated or
/// deleted through this type.
/// </summary>
public sealed class SqliteAuditTrail : IAuditTrail
{
    private const string Schema = """
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
        """;

    private readonly string _connectionString;

    /// <summary>Initializes a new instance of the <see cref="SqliteAuditTrail"/> class and creates its table when missing.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    public SqliteAuditTrail(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
        ChainedAuditEntry? last = null;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                last = new ChainedAuditEntry(reader.GetInt64(0), entry, string.Empty, reader.GetString(1));
            }
        }

        var chained = AuditChain.Link(last, entry);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO audit_log (sequence, entry_id, occurred_at, actor_user_id, actor_roles, action, category, record_type,
                                       record_id, client_id, outcome, rule_id, reason, source, previous_hash, hash)
                VALUES ($sequence, $entry_id, $occurred_at, $actor, $roles, $action, $category, $record_type,
                        $record_id, $client_id, $outcome, $rule_id, $reason, $source, $previous_hash, $hash)
                """;
            insert.Parameters.AddWithValue("$sequence", chained.Sequence);
            insert.Parameters.AddWithValue("$entry_id", entry.Id.ToString());
            insert.Parameters.AddWithValue("$occurred_at", InstantPattern.ExtendedIso.Format(entry.OccurredAt));
            insert.Parameters.AddWithValue("$actor", entry.ActorUserId.ToString());
            insert.Parameters.AddWithValue("$roles", (int)entry.ActorRoles);
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
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChainedAuditEntry> ReadAsync(long fromSequence = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, entry_id, occurred_at, actor_user_id, actor_roles, action, category, record_type, record_id,
                   client_id, outcome, rule_id, reason, source, previous_hash, hash
            FROM audit_log WHERE sequence >= $from ORDER BY sequence
            """;
        command.Parameters.AddWithValue("$from", fromSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var entry = new AuditEntry(
                AuditEntryId.Parse(reader.GetString(1)),
                InstantPattern.ExtendedIso.Parse(reader.GetString(2)).Value,
                UserId.Parse(reader.GetString(3)),
                (Role)reader.GetInt32(4),
                Enum.Parse<AuditAction>(reader.GetString(5)),
                Enum.Parse<AuditCategory>(reader.GetString(6)),
                new RecordReference(reader.GetString(7), reader.GetString(8)),
                reader.IsDBNull(9) ? null : ClientId.Parse(reader.GetString(9)),
                Enum.Parse<AuditOutcome>(reader.GetString(10)),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13));
            yield return new ChainedAuditEntry(reader.GetInt64(0), entry, reader.GetString(14), reader.GetString(15));
        }
    }

    /// <inheritdoc />
    public Task<AuditChainVerification> VerifyChainAsync(CancellationToken cancellationToken = default) =>
        AuditChain.VerifyAsync(ReadAsync(1, cancellationToken), null, cancellationToken);

    /// <summary>Counts the entries.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The number of entries.</returns>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM audit_log";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}

using CounselingRecords.Testing.Conformance;
using CounselingRecords.Testing.Conformance.Visits;

namespace CounselingRecords.Storage.Sqlite.Tests.Conformance;

/// <summary>The SQLite store passes the repository and unit-of-work kit with the conformance aggregate.</summary>
public sealed class SqliteVisitConformanceTests : StorageConformanceTests<ConformanceVisit>
{
    protected override AggregateScenario<ConformanceVisit> Scenario { get; } = new ConformanceVisitScenario();

    protected override Task<IConformanceStore> CreateStoreAsync() => SqliteConformanceStore.CreateAsync();
}

/// <summary>The SQLite store passes the unique-claim kit (a unique index on the claim column).</summary>
public sealed class SqliteVisitClaimConformanceTests : UniqueClaimConformanceTests<ConformanceVisit>
{
    protected override UniqueClaimScenario<ConformanceVisit> Claims { get; } = new ConformanceVisitClaims();

    protected override Task<IConformanceStore> CreateStoreAsync() => SqliteConformanceStore.CreateAsync();
}

/// <summary>The SQLite store passes the audit-trail kit, tampered with by SQL on the file (after dropping the append-only triggers, as an attacker would).</summary>
public sealed class SqliteAuditTrailConformanceTests : AuditTrailConformanceTests
{
    protected override Task<IConformanceStore> CreateStoreAsync() => SqliteConformanceStore.CreateAsync();

    protected override Task TamperAsync(IConformanceStore store, AuditTampering tampering)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(tampering);
        var database = ((SqliteConformanceStore)store).Database;
        const string Unlock = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";
        var (a, b) = (tampering.Sequence, tampering.OtherSequence);
        const string Fields = "entry_id, occurred_at, actor_user_id, actor_roles, action, category, record_type, record_id, client_id, outcome, rule_id, reason, source, previous_hash, hash";
        var assign = string.Join(", ", Fields.Split(", ").Select(f => $"{f} = (SELECT {f} FROM swap WHERE sequence = other)"));
        database.Execute(Unlock + tampering.Kind switch
        {
            AuditTamperingKind.DeleteEntry => $"DELETE FROM audit_log WHERE sequence = {a};",
            AuditTamperingKind.AlterReason => $"UPDATE audit_log SET reason = 'altered after the fact' WHERE sequence = {a};",
            AuditTamperingKind.SwapEntries => $"""
                CREATE TEMP TABLE swap AS SELECT * FROM audit_log WHERE sequence IN ({a}, {b});
                UPDATE audit_log SET entry_id = entry_id || '-moving' WHERE sequence IN ({a}, {b});
                UPDATE audit_log SET {assign.Replace("other", $"CASE audit_log.sequence WHEN {a} THEN {b} ELSE {a} END", StringComparison.Ordinal)} WHERE sequence IN ({a}, {b});
                """,
            _ => $"DELETE FROM audit_log WHERE sequence > (SELECT MAX(sequence) FROM audit_log) - {b};",
        });
        return Task.CompletedTask;
    }
}

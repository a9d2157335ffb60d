using System.Text;
using CounselingRecords.Storage.Sqlite.Auditing;
using CounselingRecords.Testing.Conformance.Visits;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Storage.Sqlite.Tests.Schema;

/// <summary>Opening a file: what is created, what is adopted, and every file that is refused with a typed error.</summary>
public sealed class SqliteStoreOpeningTests
{
    [Fact]
    public async Task Open_NewFile_CreatesTheSchemaInWalModeWithTheApplicationId()
    {
        await using var database = new TemporaryDatabase();

        var store = database.Open();

        Assert.Equal(3, store.SchemaVersion());
        Assert.Equal("wal", database.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(0x43526563L, database.Scalar("PRAGMA application_id;"));
        Assert.Equal(3L, database.Scalar("SELECT COUNT(*) FROM schema_migrations;"));
        Assert.Equal("doc_conformance_visit", database.Scalar("SELECT table_name FROM document_types WHERE type_name = 'ConformanceVisit';"));
    }

    [Fact]
    public async Task Open_Twice_ChangesNothing()
    {
        await using var database = new TemporaryDatabase();
        database.Open();
        var applied = database.Scalar("SELECT group_concat(version || ':' || checksum || ':' || applied_at) FROM schema_migrations;");
        var columns = database.Scalar("SELECT group_concat(column_name) FROM document_columns;");

        database.Open();
        database.Open();

        Assert.Equal(applied, database.Scalar("SELECT group_concat(version || ':' || checksum || ':' || applied_at) FROM schema_migrations;"));
        Assert.Equal(columns, database.Scalar("SELECT group_concat(column_name) FROM document_columns;"));
    }

    [Fact]
    public async Task Open_DocumentTable_HasTheRegisteredColumnsAndIndexes()
    {
        await using var database = new TemporaryDatabase();
        database.Open();

        var columns = (string)database.Scalar("SELECT group_concat(name, ',') FROM pragma_table_info('doc_conformance_visit');")!;
        var indexes = (string)database.Scalar("SELECT group_concat(name, ',') FROM pragma_index_list('doc_conformance_visit');")!;
        var unique = database.Scalar("SELECT \"unique\" FROM pragma_index_list('doc_conformance_visit') WHERE name = 'uq_doc_conformance_visit_slot';");

        Assert.Equal("key,version,schema_version,document,saved_at,clinician_id,client_id,start,status,modality,booked_at,follow_up_on,uq_slot", columns);
        Assert.Contains("ix_doc_conformance_visit_clinician_day", indexes, StringComparison.Ordinal);
        Assert.Contains("ix_doc_conformance_visit_start", indexes, StringComparison.Ordinal);
        Assert.Equal(1L, unique);
    }

    [Fact]
    public async Task ClinicianDayQuery_UsesTheCompositeIndex()
    {
        await using var database = new TemporaryDatabase();
        database.Open();

        var plan = string.Join(" | ", database.Column("EXPLAIN QUERY PLAN SELECT key, version, document FROM doc_conformance_visit WHERE clinician_id = 'x' AND start >= 1 AND start <= 2 ORDER BY rowid;", 3));

        Assert.Contains("USING INDEX ix_doc_conformance_visit_clinician_day (clinician_id=? AND start>? AND start<?)", plan.Replace(">=", ">", StringComparison.Ordinal).Replace("<=", "<", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_TextFile_IsRefusedAsNotADatabase()
    {
        await using var database = new TemporaryDatabase();
        await File.WriteAllTextAsync(database.Path, "These are not the records you are looking for.\n");

        var error = Assert.Throws<SqliteStorageException>(() => database.Open());

        Assert.Equal(SqliteStorageErrorCodes.NotADatabase, error.Code);
        Assert.Equal(database.Path, error.DatabasePath);
        Assert.Contains("is not a SQLite database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_RandomBytes_IsRefusedAsNotADatabase()
    {
        await using var database = new TemporaryDatabase();
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(database.Path, bytes);

        Assert.Equal(SqliteStorageErrorCodes.NotADatabase, Assert.Throws<SqliteStorageException>(() => database.Open()).Code);
    }

    [Fact]
    public async Task Open_DamagedDatabase_IsRefusedAsCorrupt()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        await using (var session = store.OpenSession())
        {
            await session.Repository<ConformanceVisit>().AddRangeAsync(Enumerable.Range(1, 200).Select(ConformanceVisits.Create));
        }

        database.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(database.Path);
        for (var i = 4096; i < bytes.Length; i += 7)
        {
            bytes[i] = 0xA5;
        }

        await File.WriteAllBytesAsync(database.Path, bytes);

        var error = Assert.Throws<SqliteStorageException>(() => database.Open());
        Assert.Contains(error.Code, new[] { SqliteStorageErrorCodes.Corrupt, SqliteStorageErrorCodes.NotADatabase });
    }

    [Fact]
    public async Task Open_DatabaseOfAnotherApplication_IsRefusedAsForeign()
    {
        await using var database = new TemporaryDatabase();
        database.Execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);");

        var error = Assert.Throws<SqliteStorageException>(() => database.Open());

        Assert.Equal(SqliteStorageErrorCodes.ForeignDatabase, error.Code);
        Assert.Contains("invoices", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_OtherApplicationId_IsRefusedAsForeign()
    {
        await using var database = new TemporaryDatabase();
        database.Execute("PRAGMA application_id = 1234;");

        Assert.Equal(SqliteStorageErrorCodes.ForeignDatabase, Assert.Throws<SqliteStorageException>(() => database.Open()).Code);
    }

    [Fact]
    public async Task Open_SchemaOfANewerVersion_IsRefusedWithoutWriting()
    {
        await using var database = new TemporaryDatabase();
        database.Open();
        database.Execute("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (99, 'future', 'x', '2030-01-01T00:00:00Z');");

        var error = Assert.Throws<SqliteStorageException>(() => database.Open());

        Assert.Equal(SqliteStorageErrorCodes.NewerSchema, error.Code);
    }

    [Fact]
    public async Task Open_AppliedMigrationEditedByHand_IsRefused()
    {
        await using var database = new TemporaryDatabase();
        database.Open();
        database.Execute("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2;");

        Assert.Equal(SqliteStorageErrorCodes.MigrationMismatch, Assert.Throws<SqliteStorageException>(() => database.Open()).Code);
    }

    [Fact]
    public async Task Open_Folder_IsRefusedAsCannotOpen()
    {
        await using var database = new TemporaryDatabase();
        Directory.CreateDirectory(database.Path);

        Assert.Equal(SqliteStorageErrorCodes.CannotOpen, Assert.Throws<SqliteStorageException>(() => database.Open()).Code);
    }

    [Fact]
    public async Task Open_MissingFolder_IsRefusedAsCannotOpen()
    {
        await using var database = new TemporaryDatabase();
        var options = new SqliteStoreOptions { DatabasePath = Path.Combine(database.Path, "no", "such", "folder.db"), Documents = TemporaryDatabase.Documents };

        Assert.Equal(SqliteStorageErrorCodes.CannotOpen, Assert.Throws<SqliteStorageException>(() => SqliteStore.Open(options)).Code);
    }

    [Fact]
    public async Task Open_StorageErrors_AreStillSqliteExceptions()
    {
        await using var database = new TemporaryDatabase();
        await File.WriteAllTextAsync(database.Path, "not a database");

        var error = Assert.IsAssignableFrom<SqliteException>(Assert.Throws<SqliteStorageException>(() => database.Open()));
        Assert.Equal(26, error.SqliteErrorCode);
    }

    [Fact]
    public async Task Open_DatabaseCreatedByTheAuditTrailAlone_IsAdopted()
    {
        await using var database = new TemporaryDatabase();
        database.Execute("""
            CREATE TABLE audit_log (sequence INTEGER PRIMARY KEY, entry_id TEXT NOT NULL UNIQUE, occurred_at TEXT NOT NULL, actor_user_id TEXT NOT NULL,
                actor_roles INTEGER NOT NULL, action TEXT NOT NULL, category TEXT NOT NULL, record_type TEXT NOT NULL, record_id TEXT NOT NULL,
                client_id TEXT NULL, outcome TEXT NOT NULL, rule_id TEXT NULL, reason TEXT NULL, source TEXT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
            """);

        var store = database.Open();

        Assert.Equal(3, store.SchemaVersion());
    }

    [Fact]
    public async Task AuditTrailConstructor_ConnectionString_MigratesLikeTheStore()
    {
        await using var database = new TemporaryDatabase();

        var trail = new SqliteAuditTrail(new SqliteConnectionStringBuilder { DataSource = database.Path }.ToString());

        Assert.Equal(0, await trail.CountAsync());
        Assert.Equal(3L, database.Scalar("SELECT COUNT(*) FROM schema_migrations;"));
        Assert.Equal(3, database.Open().SchemaVersion());
    }

    [Fact]
    public async Task AuditTrailConstructor_NotADatabase_IsRefusedWithTheTypedError()
    {
        await using var database = new TemporaryDatabase();
        await File.WriteAllBytesAsync(database.Path, Encoding.UTF8.GetBytes("%PDF-1.7 a scanned intake form"));

        var error = Assert.Throws<SqliteStorageException>(() => new SqliteAuditTrail(new SqliteConnectionStringBuilder { DataSource = database.Path }.ToString()));

        Assert.Equal(SqliteStorageErrorCodes.NotADatabase, error.Code);
    }

    [Fact]
    public async Task CheckIntegrityAsync_SoundFile_ReportsNothing()
    {
        await using var database = new TemporaryDatabase();

        Assert.Empty(await database.Open().CheckIntegrityAsync());
        Assert.NotNull(SqliteStore.Open(database.Options() is var o ? new SqliteStoreOptions { DatabasePath = o.DatabasePath, Documents = o.Documents, CheckIntegrityOnOpen = true } : null!));
    }
}

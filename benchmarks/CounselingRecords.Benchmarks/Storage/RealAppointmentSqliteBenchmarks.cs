using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CounselingRecords.Benchmarks.Serialization;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Benchmarks.Storage;

/// <summary>
/// Saving and loading 10,000 real scheduling appointments on a SQLite file through the repository (documents written
/// by the wire format with their indexed columns, unique claims and version; read back through the document reader
/// and the appointment's constructor), against raw Microsoft.Data.Sqlite on the same table with the same documents,
/// columns and claims computed beforehand (the baseline: the cost of SQLite alone). Each save runs in one transaction
/// on a fresh file.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[InProcessStorageJob(warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class RealAppointmentSqliteBenchmarks
{
    private const int Count = 10_000;
    private static readonly DocumentSerializer Documents = new(CounselingRecordsDocumentTypes.All);
    private readonly List<Appointment> _appointments = [];
    private readonly List<object?[]> _rows = [];
    private string _insertSql = string.Empty;
    private string _folder = string.Empty;
    private SqliteStore _store = null!;
    private bool _loading;

    [GlobalSetup]
    public void Setup()
    {
        var type = SchedulingDocumentTypes.Appointment;
        var columns = type.Columns.Select(c => c.Name).Concat(type.UniqueConstraints.Select(u => u.Column)).ToList();
        _insertSql = $"INSERT INTO doc_appointment (key, version, schema_version, document, saved_at, {string.Join(", ", columns)}) VALUES ($p0, 1, {type.SchemaVersion}, $p1, '2026-01-05T14:00:00Z', {string.Join(", ", columns.Select((_, i) => $"$p{i + 2}"))});";
        for (var i = 0; i < Count; i++)
        {
            var appointment = RealAggregates.Appointment(i, 20);
            _appointments.Add(appointment);
            _rows.Add([
                appointment.Key,
                Documents.Serialize(appointment.WithVersion(1)),
                .. type.Columns.Select(c => type.ColumnValue(c, appointment)),
                .. type.UniqueConstraints.Select(u => (object?)type.ClaimOf(u, appointment)),
            ]);
        }
    }

    [IterationSetup(Targets = [nameof(RawInsert), nameof(RepositoryAddRange)])]
    public void FreshFile()
    {
        SqliteConnection.ClearAllPools();
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }

        _folder = Path.Combine(Path.GetTempPath(), "counseling-records-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = SqliteStore.Open(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "bench.db"), Documents = Documents });
        if (_loading)
        {
            RawInsert();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [BenchmarkCategory("save"), Benchmark(Baseline = true)]
    public int RawInsert()
    {
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = _insertSql;
        var parameters = Enumerable.Range(0, _rows[0].Length).Select(i => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return _rows.Count;
    }

    [BenchmarkCategory("save"), Benchmark]
    public async Task<int> RepositoryAddRange()
    {
        await using var session = _store.OpenSession();
        return (await session.Repository<Appointment>().AddRangeAsync(_appointments)).Count();
    }

    [IterationSetup(Targets = [nameof(RawSelectAll), nameof(RepositoryListAll)])]
    public void FreshFileWithRows()
    {
        _loading = true;
        FreshFile();
        _loading = false;
    }

    [BenchmarkCategory("load"), Benchmark(Baseline = true)]
    public int RawSelectAll()
    {
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT key, version, document FROM doc_appointment ORDER BY rowid;";
        using var reader = select.ExecuteReader();
        var length = 0;
        while (reader.Read())
        {
            length += reader.GetString(2).Length;
        }

        return length;
    }

    [BenchmarkCategory("load"), Benchmark]
    public async Task<int> RepositoryListAll()
    {
        await using var session = _store.OpenSession();
        return (await session.Repository<Appointment>().ListAsync()).Count;
    }
}

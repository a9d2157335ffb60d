using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CounselingRecords.Benchmarks.Serialization;
using CounselingRecords.Identity;
using CounselingRecords.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CounselingRecords.Benchmarks.Storage;

/// <summary>
/// Saving and loading 10,000 appointment documents on a SQLite file, through the repository (documents written by
/// the wire format with their indexed columns and version; read back through the document reader) against raw
/// Microsoft.Data.Sqlite on the same table with documents serialized beforehand (the baseline: the cost of SQLite
/// alone). Each save runs in one transaction on a fresh file.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class SqliteSaveLoadBenchmarks
{
    private const int Count = 10_000;
    private readonly List<BenchAppointment> _appointments = [];
    private readonly List<(string Key, string Document, string Clinician, string Client, long Start)> _rows = [];
    private string _folder = string.Empty;
    private SqliteStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        var ids = new SeededIdGenerator(11);
        for (var i = 0; i < Count; i++)
        {
            var appointment = BenchAppointment.Create(ids, i, 20, null);
            _appointments.Add(appointment);
            var type = BenchDocuments.Type;
            _rows.Add((
                appointment.Key,
                BenchDocuments.Serializer.Serialize(appointment.WithVersion(1)),
                (string)type.ColumnValue(type.Columns[0], appointment)!,
                (string)type.ColumnValue(type.Columns[1], appointment)!,
                (long)type.ColumnValue(type.Columns[2], appointment)!));
        }
    }

    [IterationSetup]
    public void FreshFile()
    {
        SqliteConnection.ClearAllPools();
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }

        _folder = Path.Combine(Path.GetTempPath(), "counseling-records-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = SqliteStore.Open(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "bench.db"), Documents = BenchDocuments.Serializer });
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

    private bool _loading;

    [BenchmarkCategory("save"), Benchmark(Baseline = true)]
    public int RawInsert()
    {
        using var connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO doc_bench_appointment (key, version, schema_version, document, saved_at, clinician_id, client_id, start) VALUES ($k, 1, 1, $d, '2026-01-05T14:00:00Z', $c, $cl, $s);";
        var k = insert.Parameters.Add("$k", SqliteType.Text);
        var d = insert.Parameters.Add("$d", SqliteType.Text);
        var c = insert.Parameters.Add("$c", SqliteType.Text);
        var cl = insert.Parameters.Add("$cl", SqliteType.Text);
        var s = insert.Parameters.Add("$s", SqliteType.Integer);
        foreach (var row in _rows)
        {
            (k.Value, d.Value, c.Value, cl.Value, s.Value) = (row.Key, row.Document, row.Clinician, row.Client, row.Start);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return _rows.Count;
    }

    [BenchmarkCategory("save"), Benchmark]
    public async Task<int> RepositoryAddRange()
    {
        await using var session = _store.OpenSession();
        return (await session.Repository<BenchAppointment>().AddRangeAsync(_appointments)).Count();
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
        select.CommandText = "SELECT key, version, document FROM doc_bench_appointment ORDER BY rowid;";
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
        return (await session.Repository<BenchAppointment>().ListAsync()).Count;
    }
}

using BenchmarkDotNet.Attributes;
using CounselingRecords.Benchmarks.Serialization;
using CounselingRecords.Identity;
using CounselingRecords.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CounselingRecords.Benchmarks.Storage;

/// <summary>
/// The clinician-day query (one clinician, one day of starts) over 100,000 stored appointments of 50 clinicians:
/// the repository (pre-filter on the composite index <c>clinician_day</c>, then the full specification in memory
/// over the candidates), against raw SQL on the same index returning the documents (the baseline) and raw SQL
/// filtering the JSON with <c>json_extract</c>, which cannot use an index (what a store without indexed columns does).
/// </summary>
[MemoryDiagnoser]
public class SqliteClinicianDayQueryBenchmarks
{
    private const int Count = 100_000;
    private const int Clinicians = 50;
    private string _folder = string.Empty;
    private SqliteStore _store = null!;
    private SqliteConnection _connection = null!;
    private ClinicianId _clinician;
    private LocalDate _day;
    private long _from;
    private long _to;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "counseling-records-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = SqliteStore.Open(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "bench.db"), Documents = BenchDocuments.Serializer });
        var ids = new SeededIdGenerator(13);
        var session = _store.OpenSession();
        for (var batch = 0; batch < Count / 10_000; batch++)
        {
            session.Repository<BenchAppointment>().AddRangeAsync(Enumerable.Range(batch * 10_000, 10_000).Select(i => BenchAppointment.Create(ids, i, Clinicians, null))).GetAwaiter().GetResult();
        }

        _clinician = BenchAppointment.Clinician(7);
        _day = new LocalDate(2026, 1, 5).PlusDays(120);
        _from = _day.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();
        _to = _day.PlusDays(1).AtMidnight().InUtc().ToInstant().ToUnixTimeTicks();
        _connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        _connection.Open();
        if (RepositoryClinicianDay().GetAwaiter().GetResult() != RawIndexed() || RawIndexed() != RawJsonExtractWithoutIndex() || RawIndexed() == 0)
        {
            throw new InvalidOperationException("The three queries disagree or find nothing.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int RawIndexed()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT document FROM doc_bench_appointment WHERE clinician_id = $c AND start >= $f AND start < $t ORDER BY start;";
        select.Parameters.AddWithValue("$c", _clinician.ToString());
        select.Parameters.AddWithValue("$f", _from);
        select.Parameters.AddWithValue("$t", _to);
        using var reader = select.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count += reader.GetString(0).Length > 0 ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public async Task<int> RepositoryClinicianDay()
    {
        await using var session = _store.OpenSession();
        return (await session.Repository<BenchAppointment>().ListAsync(new BenchClinicianDaySpec(_clinician, _day))).Count;
    }

    [Benchmark]
    public int RawJsonExtractWithoutIndex()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT document FROM doc_bench_appointment WHERE json_extract(document, '$.data.clinicianId') = $c AND json_extract(document, '$.data.start') >= $f AND json_extract(document, '$.data.start') < $t;";
        select.Parameters.AddWithValue("$c", _clinician.ToString());
        select.Parameters.AddWithValue("$f", LocalDateTimePatternIso(_day.AtMidnight()));
        select.Parameters.AddWithValue("$t", LocalDateTimePatternIso(_day.PlusDays(1).AtMidnight()));
        using var reader = select.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    private static string LocalDateTimePatternIso(LocalDateTime value) => NodaTime.Text.LocalDateTimePattern.ExtendedIso.Format(value);
}

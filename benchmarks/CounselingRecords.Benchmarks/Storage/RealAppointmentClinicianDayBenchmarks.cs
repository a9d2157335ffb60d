using Ardalis.Specification;
using BenchmarkDotNet.Attributes;
using CounselingRecords.Benchmarks.Serialization;
using CounselingRecords.Identity;
using CounselingRecords.Scheduling.Appointments;
using CounselingRecords.Scheduling.Specifications;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CounselingRecords.Benchmarks.Storage;

/// <summary>
/// The scheduling area's <see cref="ClinicianDaySpec"/> over 100,000 stored real appointments of 50 clinicians (7 per
/// clinician-day): the repository (pre-filter on the indexed columns, documents read, specification re-checked in
/// memory), against raw SQL on the composite index <c>clinician_start</c> returning the documents (the baseline), and the naive way: load every appointment and filter in memory.
/// </summary>
[MemoryDiagnoser]
[InProcessStorageJob(warmupCount: 2, iterationCount: 8)]
public class RealAppointmentClinicianDayBenchmarks
{
    private const int Count = 100_000;
    private const int Clinicians = 50;
    private static readonly DocumentSerializer Documents = new(CounselingRecordsDocumentTypes.All);
    private string _folder = string.Empty;
    private SqliteStore _store = null!;
    private SqliteConnection _connection = null!;
    private ClinicianId _clinician;
    private LocalDate _day;
    private object _from = null!;
    private object _to = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "counseling-records-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = SqliteStore.Open(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "bench.db"), Documents = Documents });
        using (var session = _store.OpenSession())
        {
            for (var batch = 0; batch < Count / 10_000; batch++)
            {
                session.Repository<Appointment>().AddRangeAsync(Enumerable.Range(batch * 10_000, 10_000).Select(i => RealAggregates.Appointment(i, Clinicians))).GetAwaiter().GetResult();
            }
        }

        _clinician = RealAggregates.Clinician(7);
        _day = new LocalDate(2026, 1, 5).PlusWeeks(40).PlusDays(2);
        var type = SchedulingDocumentTypes.Appointment;
        var start = type.Columns.Single(c => c.Name == "start_instant");
        _from = type.ColumnValue(start, Probe(_day))!;
        _to = type.ColumnValue(start, Probe(_day.PlusDays(1)))!;
        _connection = new SqliteConnection($"Data Source={_store.DatabasePath}");
        _connection.Open();
        Console.WriteLine($"// ClinicianDaySpec plan: {type.Explain(Spec())}");
        var expected = RawIndexed();
        if (expected != 7 || RepositoryClinicianDay().GetAwaiter().GetResult() != expected || NaiveLoadAllThenFilter().GetAwaiter().GetResult() != expected)
        {
            throw new InvalidOperationException($"The queries disagree or do not find the clinician's 7 appointments (raw: {expected}).");
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
        select.CommandText = "SELECT document FROM doc_appointment WHERE clinician_id = $c AND start_instant >= $f AND start_instant < $t ORDER BY start_instant;";
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
        return (await session.Repository<Appointment>().ListAsync(Spec())).Count;
    }

    [Benchmark]
    public async Task<int> NaiveLoadAllThenFilter()
    {
        await using var session = _store.OpenSession();
        var all = await session.Repository<Appointment>().ListAsync();
        return Spec().Evaluate(all).Count();
    }

    private ClinicianDaySpec Spec() => new(_clinician, _day, RealAggregates.NewYork);

    private static Appointment Probe(LocalDate date)
    {
        var probe = RealAggregates.Appointment(0, 1);
        var start = date.AtMidnight().InZoneLeniently(RealAggregates.NewYork).ToInstant();
        return new Appointment(
            probe.Id, probe.ClinicianId, probe.AdditionalClinicians, probe.Clients, probe.Capacity, probe.AppointmentTypeId, probe.Modality, probe.BufferBefore,
            probe.BufferAfter, probe.LocationId, probe.RoomId, date.AtMidnight(), probe.Zone, start, start + Duration.FromMinutes(53), probe.BookedAt, probe.BookedBy,
            probe.Status, probe.History, probe.Cancellation, probe.RescheduledFrom, probe.RescheduledTo, probe.SeriesId, probe.OccurrenceId, 0);
    }
}

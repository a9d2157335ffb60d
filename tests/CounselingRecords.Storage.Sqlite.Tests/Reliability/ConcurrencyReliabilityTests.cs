using System.Collections.Concurrent;
using System.Diagnostics;
using CounselingRecords.Testing.Conformance.Visits;
using Xunit.Abstractions;

namespace CounselingRecords.Storage.Sqlite.Tests.Reliability;

/// <summary>
/// The reliability figures of docs/storage.md, on a real file: racing claims of one slot, a thousand concurrent
/// updates of one aggregate, and units of work interrupted by an exception. Elapsed times are printed, not asserted.
/// </summary>
public sealed class ConcurrencyReliabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AddAsync_EightSessionsClaimingOneSlotAtOnce_StoresExactlyOne()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = Stopwatch.StartNew();
        var attempts = Enumerable.Range(1, 8).Select(n => Task.Run(async () =>
        {
            await start.Task;
            await using var session = store.OpenSession();
            try
            {
                await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Claimant(n));
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);
        watch.Stop();

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(7, results.Count(r => !r));
        Assert.Equal(1L, database.Scalar("SELECT COUNT(*) FROM doc_conformance_visit;"));
        Assert.Equal(1L, database.Scalar("SELECT COUNT(DISTINCT uq_slot) FROM doc_conformance_visit;"));
        output.WriteLine($"8 racing claims: 1 stored, 7 conflicts, {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task SaveAsync_AThousandConcurrentUpdatesOfOneAggregate_KeepsEveryAcceptedWrite()
    {
        const int Updates = 1000;
        const int Writers = 8;
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        string key;
        await using (var session = store.OpenSession())
        {
            key = (await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Claimant(1))).Key;
        }

        // Each writer reads, changes the note, and saves the visit together with an audit entry naming the update and
        // the version it got, in one unit of work: a refused save keeps neither, an accepted one keeps both.
        var accepted = new ConcurrentBag<(int Update, long Version)>();
        var conflicts = 0;
        var next = 0;
        var watch = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await using var session = store.OpenSession();
            var repository = session.Repository<ConformanceVisit>();
            for (var update = Interlocked.Increment(ref next); update <= Updates; update = Interlocked.Increment(ref next))
            {
                while (true)
                {
                    var current = (await repository.FindAsync(key))!;
                    try
                    {
                        var saved = await session.ExecuteAsync(async ct =>
                        {
                            var written = await repository.SaveAsync(current.RecordNote($"update {update}"), ct);
                            await session.AuditTrail.AppendAsync(Entry(update, written.Version), ct);
                            return written;
                        });
                        accepted.Add((update, saved.Version));
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(writers);
        watch.Stop();

        await using var check = store.OpenSession();
        var final = (await check.Repository<ConformanceVisit>().FindAsync(key))!;
        Assert.Equal(1 + Updates, final.Version);
        Assert.Equal(Enumerable.Range(2, Updates).Select(v => (long)v), accepted.Select(a => a.Version).Order());
        Assert.Equal(Enumerable.Range(1, Updates), accepted.Select(a => a.Update).Order());
        Assert.Equal($"update {accepted.MaxBy(a => a.Version).Update}", final.Note);
        var history = new List<string>();
        await foreach (var entry in check.AuditTrail.ReadAsync())
        {
            history.Add(entry.Entry.Reason!);
        }

        Assert.Equal(accepted.OrderBy(a => a.Version).Select(a => $"update {a.Update} -> v{a.Version}"), history);
        Assert.True((await check.AuditTrail.VerifyChainAsync()).IsIntact);
        output.WriteLine($"{Updates} updates by {Writers} concurrent writers: all {Updates} kept in order, final version {final.Version}, {conflicts} conflicts retried, {watch.ElapsedMilliseconds} ms");
    }

    private static CounselingRecords.Auditing.AuditEntry Entry(int update, long version) => new(
        Testing.Identity.TestIds.Numbered<Identity.AuditEntryId>(update),
        Testing.Clocks.TestClock.DefaultStart,
        Testing.Access.TestActors.Clinician.UserId,
        Access.Role.Clinician,
        CounselingRecords.Auditing.AuditAction.Update,
        CounselingRecords.Auditing.AuditCategory.Clinical,
        new CounselingRecords.Auditing.RecordReference("ConformanceVisit", ConformanceVisits.Claimant(1).Key),
        ConformanceVisits.Claimant(1).ClientId,
        CounselingRecords.Auditing.AuditOutcome.Succeeded,
        null,
        $"update {update} -> v{version}");

    [Fact]
    public async Task UnitOfWork_ExceptionAfterManyWrites_LeavesNoPartialWrite()
    {
        await using var database = new TemporaryDatabase();
        var store = database.Open();
        await using var session = store.OpenSession();
        static CounselingRecords.Auditing.AuditEntry audit(int n) => new(
            Testing.Identity.TestIds.Numbered<Identity.AuditEntryId>(n),
            Testing.Clocks.TestClock.DefaultStart,
            Testing.Access.TestActors.Clinician.UserId,
            Access.Role.Clinician,
            CounselingRecords.Auditing.AuditAction.Create,
            CounselingRecords.Auditing.AuditCategory.Clinical,
            new CounselingRecords.Auditing.RecordReference("ConformanceVisit", ConformanceVisits.Create(n).Key),
            ConformanceVisits.Create(n).ClientId,
            CounselingRecords.Auditing.AuditOutcome.Succeeded);

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteAsync<int>(async ct =>
        {
            var repository = session.Repository<ConformanceVisit>();
            for (var n = 1; n <= 300; n++)
            {
                var visit = await repository.AddAsync(ConformanceVisits.Create(n), ct);
                await repository.SaveAsync(ConformanceVisits.Change(visit, n), ct);
                await session.AuditTrail.AppendAsync(audit(n), ct);
            }

            throw new InvalidOperationException("The workflow failed after 300 writes.");
        }));

        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM doc_conformance_visit;"));
        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM audit_log;"));
        await using var after = store.OpenSession();
        await after.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(1));
        Assert.Equal(1L, database.Scalar("SELECT COUNT(*) FROM doc_conformance_visit;"));
    }

    [Fact]
    public async Task UnitOfWork_ProcessStopsBeforeCommit_NothingIsOnDisk()
    {
        await using var database = new TemporaryDatabase();
        database.Open();
        var document = TemporaryDatabase.Documents.Serialize(ConformanceVisits.Create(1).WithVersion(1)).Replace("'", "''", StringComparison.Ordinal);

        // A writer that never commits: its connection is closed as a dying process would leave it.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = database.Path, Pooling = false }.ToString()))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO doc_conformance_visit (key, version, schema_version, document, saved_at) VALUES ('{ConformanceVisits.Create(1).Key}', 1, 2, '{document}', 'x');";
            command.ExecuteNonQuery();
        }

        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM doc_conformance_visit;"));
        await using var session = database.Open().OpenSession();
        Assert.Null(await session.Repository<ConformanceVisit>().FindAsync(ConformanceVisits.Create(1).Key));
    }
}

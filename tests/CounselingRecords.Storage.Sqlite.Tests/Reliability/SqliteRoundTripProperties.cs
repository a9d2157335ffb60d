using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Conformance.Visits.Specifications;
using CounselingRecords.Testing.Documents;
using FsCheck;
using FsCheck.Xunit;

namespace CounselingRecords.Storage.Sqlite.Tests.Reliability;

/// <summary>Any generated visit survives save and load unchanged, and is found by the indexed queries it matches.</summary>
public sealed class SqliteRoundTripProperties : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();
    private SqliteStore _store = null!;

    public Task InitializeAsync()
    {
        _store = _database.Open();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Property(Arbitrary = [typeof(ConformanceVisitArbitraries)], MaxTest = 150)]
    public bool SaveThenLoad_AnyVisit_IsTheSameVisitAtVersionOne(ConformanceVisit generated)
    {
        var visit = generated.WithVersion(0);
        using var session = new SessionScope(_store.OpenSession());
        var repository = session.Session.Repository<ConformanceVisit>();
        var saved = repository.AddAsync(visit).GetAwaiter().GetResult();
        var loaded = repository.FindAsync(visit.Key).GetAwaiter().GetResult();
        var sameDay = repository.ListAsync(new VisitsForClinicianDaySpec(visit.ClinicianId, visit.Start.Date)).GetAwaiter().GetResult();
        var byId = repository.SingleOrDefaultAsync(new VisitByIdSpec(visit.Id)).GetAwaiter().GetResult();
        return saved == visit.WithVersion(1) && loaded == saved && byId == saved && sameDay.Contains(saved);
    }

    private sealed class SessionScope(SqliteSession session) : IDisposable
    {
        public SqliteSession Session { get; } = session;

        public void Dispose() => Session.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

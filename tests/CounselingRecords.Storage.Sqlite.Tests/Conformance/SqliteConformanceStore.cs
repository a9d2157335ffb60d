using CounselingRecords.Auditing;
using CounselingRecords.Testing.Conformance;

namespace CounselingRecords.Storage.Sqlite.Tests.Conformance;

/// <summary>The SQLite store, on a fresh temporary file, as the conformance kit sees it.</summary>
internal sealed class SqliteConformanceStore : IConformanceStore
{
    private SqliteConformanceStore(TemporaryDatabase database, SqliteStore store)
    {
        Database = database;
        Store = store;
    }

    public TemporaryDatabase Database { get; }

    public SqliteStore Store { get; }

    public static async Task<IConformanceStore> CreateAsync()
    {
        var database = new TemporaryDatabase();
        return new SqliteConformanceStore(database, await SqliteStore.OpenAsync(database.Options()));
    }

    public IConformanceSession OpenSession() => new Session(Store.OpenSession());

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private sealed class Session(SqliteSession session) : IConformanceSession
    {
        public IUnitOfWork UnitOfWork => session.UnitOfWork;

        public IAuditTrail AuditTrail => session.AuditTrail;

        public IRepository<T> Repository<T>()
            where T : class, IAggregateRoot<T> => session.Repository<T>();

        public ValueTask DisposeAsync() => session.DisposeAsync();
    }
}

using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CounselingRecords.Storage.Sqlite.DependencyInjection;

/// <summary>The SQLite storage of <c>AddCounselingRecords</c>: one <see cref="SqliteStore"/> per container (opened and migrated on first use), one <see cref="SqliteSession"/> per scope.</summary>
public sealed class SqliteStorageAdapter : IStorageAdapter
{
    /// <inheritdoc />
    public string Name => "sqlite";

    /// <inheritdoc />
    public IRepository<T> CreateRepository<T>(IServiceProvider scope)
        where T : class, IAggregateRoot<T> => scope.GetRequiredService<SqliteSession>().Repository<T>();

    /// <inheritdoc />
    public IUnitOfWork GetUnitOfWork(IServiceProvider scope) => scope.GetRequiredService<SqliteSession>();

    /// <inheritdoc />
    public IAuditTrail GetAuditTrail(IServiceProvider scope) => scope.GetRequiredService<SqliteSession>().AuditTrail;
}

using CounselingRecords.Auditing;
using CounselingRecords.Storage;

namespace CounselingRecords.Testing.Conformance;

/// <summary>One scope of a store: its repositories, its unit of work and its audit trail.</summary>
public interface IConformanceSession : IAsyncDisposable
{
    /// <summary>Gets the unit of work; repositories and the audit trail of this session take part in it.</summary>
    IUnitOfWork UnitOfWork { get; }

    /// <summary>Gets the audit trail.</summary>
    IAuditTrail AuditTrail { get; }

    /// <summary>Returns the repository of an aggregate type.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <returns>The repository.</returns>
    IRepository<T> Repository<T>()
        where T : class, IAggregateRoot<T>;
}

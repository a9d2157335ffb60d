using CounselingRecords.Auditing;
using CounselingRecords.Storage;

namespace CounselingRecords.DependencyInjection.Storage;

/// <summary>
/// What <c>AddCounselingRecords</c> needs from a storage adapter: per scope, a repository for any registered
/// aggregate type, the unit of work and the audit trail, all taking part in the same transaction. An adapter
/// package registers its implementation (and its own services) through <see cref="CounselingRecordsBuilder.UseStorage"/>;
/// the container then exposes <see cref="IRepository{T}"/>, <see cref="IReadRepository{T}"/>,
/// <see cref="IUnitOfWork"/>, <see cref="IAuditTrail"/> and <see cref="IAuditSink"/> on top of it, with read auditing.
/// </summary>
public interface IStorageAdapter
{
    /// <summary>Gets the adapter's name, for diagnostics (for example <c>sqlite</c>).</summary>
    string Name { get; }

    /// <summary>Returns the adapter's repository of <typeparamref name="T"/> in a scope.</summary>
    /// <typeparam name="T">A registered aggregate type.</typeparam>
    /// <param name="scope">The scope's service provider.</param>
    /// <returns>The repository.</returns>
    IRepository<T> CreateRepository<T>(IServiceProvider scope)
        where T : class, IAggregateRoot<T>;

    /// <summary>Returns the unit of work of a scope.</summary>
    /// <param name="scope">The scope's service provider.</param>
    /// <returns>The unit of work.</returns>
    IUnitOfWork GetUnitOfWork(IServiceProvider scope);

    /// <summary>Returns the audit trail of a scope.</summary>
    /// <param name="scope">The scope's service provider.</param>
    /// <returns>The audit trail.</returns>
    IAuditTrail GetAuditTrail(IServiceProvider scope);
}

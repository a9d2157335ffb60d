using Ardalis.Specification;

namespace CounselingRecords.Storage;

/// <summary>
/// Reads and writes aggregates of one type with optimistic concurrency. The contract every adapter keeps
/// (and the conformance kit in <c>CounselingRecords.Testing</c> checks):
/// <list type="bullet">
/// <item><c>AddAsync</c> stores an aggregate of version 0 as version 1 and returns it re-stamped; adding a key
/// that exists throws <see cref="ConcurrencyConflictException"/>.</item>
/// <item><c>UpdateAsync</c> writes only when the stored version equals the aggregate's version, storing
/// version + 1; otherwise it throws <see cref="ConcurrencyConflictException"/> and changes nothing.</item>
/// <item><c>DeleteAsync</c> follows the same version check.</item>
/// <item><see cref="SaveAsync"/> adds or updates and returns the aggregate stamped with its new version.</item>
/// </list>
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public interface IRepository<T> : IRepositoryBase<T>, IReadRepository<T>
    where T : class, IAggregateRoot<T>
{
    /// <summary>Adds (version 0) or updates (version ≥ 1) and returns the aggregate with its new version.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The aggregate stamped with the version now stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version differs from the aggregate's version.</exception>
    Task<T> SaveAsync(T aggregate, CancellationToken cancellationToken = default);
}

using Ardalis.Specification;

namespace CounselingRecords.Storage;

/// <summary>
/// Reads aggregates of one type. Queries are Ardalis specifications (<c>…Spec</c> classes kept beside their
/// aggregate); an adapter evaluates them in its store or in memory after an indexed pre-filter.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot<T>
{
    /// <summary>Reads one aggregate by the text form of its id.</summary>
    /// <param name="key">The id's text form (<see cref="IAggregateRoot.Key"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The aggregate, or <see langword="null"/> when there is none.</returns>
    Task<T?> FindAsync(string key, CancellationToken cancellationToken = default);
}

namespace CounselingRecords.Storage;

/// <summary>
/// Runs work whose writes commit together or not at all. Repositories and the audit trail resolved from the
/// same scope take part: if the work throws, nothing it wrote is kept.
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in one transaction.</summary>
    /// <typeparam name="TResult">What the work returns.</typeparam>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the work returned, after the commit.</returns>
    Task<TResult> ExecuteAsync<TResult>(Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default);
}

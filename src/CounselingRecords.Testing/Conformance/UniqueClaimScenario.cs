using CounselingRecords.Storage;

namespace CounselingRecords.Testing.Conformance;

/// <summary>How an aggregate type claims a unique slot (for example a clinician's time), for <see cref="UniqueClaimConformanceTests{T}"/>.</summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public abstract class UniqueClaimScenario<T>
    where T : class, IAggregateRoot<T>
{
    /// <summary>Creates the <paramref name="number"/>-th of many different aggregates that all claim the same slot.</summary>
    /// <param name="number">A number from 1.</param>
    /// <returns>The aggregate, never saved.</returns>
    public abstract T CreateClaimant(int number);

    /// <summary>Returns the aggregate changed so that it no longer claims the slot (for example cancelled).</summary>
    /// <param name="claimant">A stored claimant.</param>
    /// <returns>The changed aggregate.</returns>
    public abstract T Release(T claimant);
}

using CounselingRecords.Storage;
using Xunit;

namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// The unique-claim contract: when many sessions add different aggregates that claim the same slot at once,
/// exactly one is stored and every other gets <see cref="ConcurrencyConflictException"/>; a released claim can
/// be taken again. Subclass once per aggregate type with a unique claim.
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public abstract class UniqueClaimConformanceTests<T>
    where T : class, IAggregateRoot<T>
{
    /// <summary>Gets the claim scenario.</summary>
    protected abstract UniqueClaimScenario<T> Claims { get; }

    /// <summary>Gets how many sessions race for the slot.</summary>
    protected virtual int ConcurrentClaimants => 8;

    /// <summary>Creates a fresh, empty store.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<IConformanceStore> CreateStoreAsync();

    /// <summary>Sessions adding different aggregates for one slot at once: exactly one is stored, the others get the conflict.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AddAsync_ConcurrentClaimsOfOneSlot_StoresExactlyOne()
    {
        await using var store = await CreateStoreAsync();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = Enumerable.Range(1, ConcurrentClaimants).Select(n => Task.Run(async () =>
        {
            await start.Task;
            await using var session = store.OpenSession();
            try
            {
                return (T?)await session.Repository<T>().AddAsync(Claims.CreateClaimant(n));
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r is not null);
        await using var check = store.OpenSession();
        var stored = new List<string>();
        foreach (var n in Enumerable.Range(1, ConcurrentClaimants))
        {
            if (await check.Repository<T>().FindAsync(Claims.CreateClaimant(n).Key) is { } found)
            {
                stored.Add(found.Key);
            }
        }

        Assert.Equal(new[] { winner!.Key }, stored);
    }

    /// <summary>A claim that is held refuses another claimant; once released, the slot can be claimed again.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task SaveAsync_ReleasedClaim_CanBeClaimedAgain()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var holder = await repository.AddAsync(Claims.CreateClaimant(1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.AddAsync(Claims.CreateClaimant(2)));
        Assert.Null(await repository.FindAsync(Claims.CreateClaimant(2).Key));

        await repository.SaveAsync(Claims.Release(holder));
        var second = await repository.AddAsync(Claims.CreateClaimant(2));

        Assert.Equal(1, second.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.AddAsync(Claims.CreateClaimant(3)));
    }
}

using System.Collections.Concurrent;
using Ardalis.Specification;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Identity;
using Xunit;

namespace CounselingRecords.Testing.Conformance;

/// <summary>
/// The repository and unit-of-work contract of <see cref="IRepository{T}"/> and <see cref="IUnitOfWork"/>, as
/// xunit tests an adapter author subclasses once per aggregate type: add, read, update with the current and a
/// stale version, delete, range writes, every specification of the scenario, optimistic concurrency under
/// parallel writers, and units of work that commit everything or nothing.
/// <code>
/// public sealed class MyStoreVisitTests : StorageConformanceTests&lt;ConformanceVisit&gt;
/// {
///     protected override AggregateScenario&lt;ConformanceVisit&gt; Scenario { get; } = new ConformanceVisitScenario();
///     protected override Task&lt;IConformanceStore&gt; CreateStoreAsync() =&gt; MyStore.CreateEmptyAsync();
/// }
/// </code>
/// </summary>
/// <typeparam name="T">The aggregate type.</typeparam>
public abstract class StorageConformanceTests<T>
    where T : class, IAggregateRoot<T>
{
    /// <summary>Gets the aggregate scenario.</summary>
    protected abstract AggregateScenario<T> Scenario { get; }

    /// <summary>Gets how many sessions race in the concurrency tests.</summary>
    protected virtual int ConcurrentWriters => 8;

    /// <summary>Gets how many accepted updates the retrying writers make in total.</summary>
    protected virtual int RetriedUpdates => 64;

    /// <summary>Creates a fresh, empty store.</summary>
    /// <returns>The store.</returns>
    protected abstract Task<IConformanceStore> CreateStoreAsync();

    /// <summary>Adding stores version 1 and returns the aggregate stamped with it.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AddAsync_NewAggregate_StoresVersionOne()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var aggregate = Scenario.Create(1);

        var added = await session.Repository<T>().AddAsync(aggregate);

        Assert.Equal(1, added.Version);
        Assert.True(Scenario.AreEquivalent(aggregate.WithVersion(1), added), "AddAsync returned another state than it was given.");
        var found = await session.Repository<T>().FindAsync(aggregate.Key);
        Assert.NotNull(found);
        Assert.True(Scenario.AreEquivalent(added, found), "FindAsync returned another state than was added.");
    }

    /// <summary>Adding a key that exists throws the conflict and leaves the stored aggregate as it was.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AddAsync_ExistingKey_ThrowsConflictAndKeepsTheStoredAggregate()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var stored = await repository.AddAsync(Scenario.Create(1));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.AddAsync(Scenario.Change(Scenario.Create(1), 1)));

        Assert.Equal(stored.Key, conflict.Key);
        Assert.Equal(0, conflict.ExpectedVersion);
        Assert.Equal(1, conflict.ActualVersion);
        Assert.True(Scenario.AreEquivalent(stored, (await repository.FindAsync(stored.Key))!), "A refused add changed the stored aggregate.");
    }

    /// <summary>Adding an aggregate that claims to have been read at a version throws the conflict.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AddAsync_NonZeroVersion_ThrowsConflictAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.AddAsync(Scenario.Create(1).WithVersion(3)));

        Assert.Equal(3, conflict.ExpectedVersion);
        Assert.Null(conflict.ActualVersion);
        Assert.Null(await repository.FindAsync(Scenario.Create(1).Key));
    }

    /// <summary>An unknown key reads as null.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task FindAsync_UnknownKey_ReturnsNull()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();

        Assert.Null(await session.Repository<T>().FindAsync(Scenario.Create(1).Key));
        Assert.Null(await session.Repository<T>().GetByIdAsync(Scenario.Create(2).Key));
    }

    /// <summary><c>GetByIdAsync</c> takes the key text.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task GetByIdAsync_KeyText_ReturnsTheAggregate()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var added = await session.Repository<T>().AddAsync(Scenario.Create(1));

        var found = await session.Repository<T>().GetByIdAsync(added.Key);

        Assert.NotNull(found);
        Assert.True(Scenario.AreEquivalent(added, found), "GetByIdAsync returned another state than was added.");
    }

    /// <summary>Updating at the stored version stores the next version.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UpdateAsync_CurrentVersion_StoresTheNextVersion()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var added = await repository.AddAsync(Scenario.Create(1));
        var changed = Scenario.Change(added, 1);

        var written = await repository.UpdateAsync(changed);

        Assert.Equal(1, written);
        var found = await repository.FindAsync(added.Key);
        Assert.NotNull(found);
        Assert.True(Scenario.AreEquivalent(changed.WithVersion(2), found), "The update is not what was stored.");
    }

    /// <summary>Updating from a stale version throws the conflict and changes nothing.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConflictAndChangesNothing()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var added = await repository.AddAsync(Scenario.Create(1));
        var second = await repository.SaveAsync(Scenario.Change(added, 1));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.UpdateAsync(Scenario.Change(added, 2)));

        Assert.Equal(added.Key, conflict.Key);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Assert.True(Scenario.AreEquivalent(second, (await repository.FindAsync(added.Key))!), "A refused update changed the stored aggregate.");
    }

    /// <summary>Updating an aggregate that is not stored throws the conflict.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UpdateAsync_NeverStored_ThrowsConflictAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.UpdateAsync(Scenario.Create(1).WithVersion(1)));

        Assert.Null(conflict.ActualVersion);
        Assert.Null(await repository.FindAsync(Scenario.Create(1).Key));
    }

    /// <summary><c>SaveAsync</c> adds at version 0, updates afterwards, and returns the stamped aggregate each time.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task SaveAsync_NewThenChanged_AddsThenUpdates()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();

        var first = await repository.SaveAsync(Scenario.Create(1));
        var second = await repository.SaveAsync(Scenario.Change(first, 1));
        var third = await repository.SaveAsync(Scenario.Change(second, 2));

        Assert.Equal(new long[] { 1, 2, 3 }, new[] { first.Version, second.Version, third.Version });
        Assert.True(Scenario.AreEquivalent(third, (await repository.FindAsync(first.Key))!), "The last save is not what is stored.");
        Assert.Equal(0, await repository.SaveChangesAsync());
    }

    /// <summary>Deleting at the stored version removes the aggregate.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task DeleteAsync_CurrentVersion_RemovesTheAggregate()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var added = await repository.AddAsync(Scenario.Create(1));
        var kept = await repository.AddAsync(Scenario.Create(2));

        Assert.Equal(1, await repository.DeleteAsync(added));

        Assert.Null(await repository.FindAsync(added.Key));
        Assert.NotNull(await repository.FindAsync(kept.Key));
        Assert.Equal(1, await repository.CountAsync());
    }

    /// <summary>Deleting from a stale version throws the conflict and keeps the aggregate.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task DeleteAsync_StaleVersion_ThrowsConflictAndKeepsTheAggregate()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var added = await repository.AddAsync(Scenario.Create(1));
        var second = await repository.SaveAsync(Scenario.Change(added, 1));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.DeleteAsync(added));

        Assert.Equal(2, conflict.ActualVersion);
        Assert.True(Scenario.AreEquivalent(second, (await repository.FindAsync(added.Key))!), "A refused delete changed the stored aggregate.");
    }

    /// <summary>A range add in which one key is taken writes none of the range.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task AddRangeAsync_OneKeyTaken_WritesNothing()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        await repository.AddAsync(Scenario.Create(3));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.AddRangeAsync([Scenario.Create(1), Scenario.Create(2), Scenario.Create(3)]));

        Assert.Equal(1, await repository.CountAsync());
        var added = (await repository.AddRangeAsync([Scenario.Create(1), Scenario.Create(2)])).ToList();
        Assert.All(added, a => Assert.Equal(1, a.Version));
        Assert.Equal(3, await repository.CountAsync());
    }

    /// <summary>A range update in which one aggregate is stale writes none of the range.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UpdateRangeAsync_OneStale_WritesNothing()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var a = await repository.AddAsync(Scenario.Create(1));
        var b = await repository.AddAsync(Scenario.Create(2));
        var bNow = await repository.SaveAsync(Scenario.Change(b, 1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.UpdateRangeAsync([Scenario.Change(a, 2), Scenario.Change(b, 2)]));

        Assert.True(Scenario.AreEquivalent(a, (await repository.FindAsync(a.Key))!), "A refused range update changed its first aggregate.");
        Assert.True(Scenario.AreEquivalent(bNow, (await repository.FindAsync(b.Key))!), "A refused range update changed its stale aggregate.");
        Assert.Equal(2, await repository.UpdateRangeAsync([Scenario.Change(a, 3), Scenario.Change(bNow, 3)]));
        Assert.Equal(2, (await repository.FindAsync(a.Key))!.Version);
        Assert.Equal(3, (await repository.FindAsync(b.Key))!.Version);
    }

    /// <summary>Reading everything returns exactly what was stored.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task ListAsync_Everything_ReturnsWhatWasStored()
    {
        await using var store = await CreateStoreAsync();
        var stored = await StoreDatasetAsync(store);
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();

        var all = await repository.ListAsync();

        Assert.Equal(stored.Select(s => s.Key).Order(StringComparer.Ordinal), all.Select(a => a.Key).Order(StringComparer.Ordinal));
        var byKey = stored.ToDictionary(s => s.Key, StringComparer.Ordinal);
        Assert.All(all, a => Assert.True(Scenario.AreEquivalent(byKey[a.Key], a), $"{Scenario.Describe(a)} differs from what was stored."));
        Assert.Equal(stored.Count, await repository.CountAsync());
        Assert.True(await repository.AnyAsync());
    }

    /// <summary>Every specification of the scenario returns what Ardalis' in-memory evaluator returns for the same data.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task Specifications_EveryCase_MatchTheReferenceEvaluator()
    {
        await using var store = await CreateStoreAsync();
        var stored = await StoreDatasetAsync(store);
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var failures = new List<string>();

        foreach (var specification in Scenario.Specifications)
        {
            if (await specification.CheckAsync(repository, stored, Scenario) is { } failure)
            {
                failures.Add($"{specification.Name}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>A range delete by specification deletes exactly the matches.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task DeleteRangeAsync_Specification_DeletesExactlyTheMatches()
    {
        await using var store = await CreateStoreAsync();
        var stored = await StoreDatasetAsync(store);
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var byKey = new Specification<T>();
        var doomed = stored.Take(stored.Count / 3).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        byKey.Query.Where(x => doomed.Contains(x.Key));

        var deleted = await repository.DeleteRangeAsync(byKey);

        Assert.Equal(doomed.Count, deleted);
        var left = (await repository.ListAsync()).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(stored.Where(s => !doomed.Contains(s.Key)).Select(s => s.Key).Order(StringComparer.Ordinal), left.Order(StringComparer.Ordinal));
    }

    /// <summary>What one session writes, a session opened afterwards reads.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task NewSession_AfterWrites_ReadsThem()
    {
        await using var store = await CreateStoreAsync();
        T saved;
        await using (var writer = store.OpenSession())
        {
            saved = await writer.Repository<T>().SaveAsync(Scenario.Change(await writer.Repository<T>().AddAsync(Scenario.Create(1)), 1));
        }

        await using var reader = store.OpenSession();
        Assert.True(Scenario.AreEquivalent(saved, (await reader.Repository<T>().FindAsync(saved.Key))!), "Another session read another state.");
    }

    /// <summary>Sessions that update the same version at once: exactly one wins, the others get the conflict.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UpdateAsync_ConcurrentWritersFromOneVersion_ExactlyOneWins()
    {
        await using var store = await CreateStoreAsync();
        T original;
        await using (var session = store.OpenSession())
        {
            original = await session.Repository<T>().AddAsync(Scenario.Create(1));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outcomes = Enumerable.Range(1, ConcurrentWriters).Select(n => Task.Run(async () =>
        {
            await start.Task;
            await using var session = store.OpenSession();
            try
            {
                return (Number: n, Saved: (T?)await session.Repository<T>().SaveAsync(Scenario.Change(original, n)), Conflict: false);
            }
            catch (ConcurrencyConflictException)
            {
                return (Number: n, Saved: null, Conflict: true);
            }
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(outcomes);

        var winner = Assert.Single(results, r => r.Saved is not null);
        Assert.Equal(ConcurrentWriters - 1, results.Count(r => r.Conflict));
        await using var check = store.OpenSession();
        var stored = await check.Repository<T>().FindAsync(original.Key);
        Assert.True(Scenario.AreEquivalent(Scenario.Change(original, winner.Number).WithVersion(2), stored!), "The stored state is not the winner's.");
    }

    /// <summary>Writers that reload and retry on conflict lose no update: versions rise by one per accepted write.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task SaveAsync_ConcurrentWritersRetrying_LoseNoUpdate()
    {
        await using var store = await CreateStoreAsync();
        string key;
        await using (var session = store.OpenSession())
        {
            key = (await session.Repository<T>().AddAsync(Scenario.Create(1))).Key;
        }

        var accepted = new ConcurrentBag<long>();
        var perWriter = RetriedUpdates / ConcurrentWriters;
        var writers = Enumerable.Range(0, ConcurrentWriters).Select(w => Task.Run(async () =>
        {
            await using var session = store.OpenSession();
            for (var i = 0; i < perWriter; i++)
            {
                while (true)
                {
                    var current = (await session.Repository<T>().FindAsync(key))!;
                    try
                    {
                        accepted.Add((await session.Repository<T>().SaveAsync(Scenario.Change(current, (w * perWriter) + i + 1))).Version);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Someone else wrote first: reload and re-apply.
                    }
                }
            }
        })).ToList();
        await Task.WhenAll(writers);

        var total = perWriter * ConcurrentWriters;
        Assert.Equal(Enumerable.Range(2, total).Select(v => (long)v), accepted.Order());
        await using var check = store.OpenSession();
        Assert.Equal(1 + total, (await check.Repository<T>().FindAsync(key))!.Version);
    }

    /// <summary>A unit of work that completes commits every write, audit entries included.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UnitOfWork_WorkCompletes_CommitsEveryWrite()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var existing = await repository.AddAsync(Scenario.Create(1));

        var result = await session.UnitOfWork.ExecuteAsync(async ct =>
        {
            var added = await repository.AddAsync(Scenario.Create(2), ct);
            var updated = await repository.SaveAsync(Scenario.Change(existing, 1), ct);
            await session.AuditTrail.AppendAsync(Entry(1, added.Key), ct);
            return (added, updated);
        });

        await using var other = store.OpenSession();
        Assert.True(Scenario.AreEquivalent(result.added, (await other.Repository<T>().FindAsync(result.added.Key))!), "The added aggregate was not committed.");
        Assert.True(Scenario.AreEquivalent(result.updated, (await other.Repository<T>().FindAsync(existing.Key))!), "The update was not committed.");
        Assert.Equal(1, await CountAuditAsync(other.AuditTrail));
    }

    /// <summary>A unit of work whose work throws keeps none of its writes, audit entries included.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UnitOfWork_WorkThrows_KeepsNothing()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var existing = await repository.AddAsync(Scenario.Create(1));
        await session.AuditTrail.AppendAsync(Entry(1, existing.Key));

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.UnitOfWork.ExecuteAsync<int>(async ct =>
        {
            await repository.AddAsync(Scenario.Create(2), ct);
            await repository.SaveAsync(Scenario.Change(existing, 1), ct);
            await repository.DeleteAsync(await repository.AddAsync(Scenario.Create(3), ct), ct);
            await session.AuditTrail.AppendAsync(Entry(2, existing.Key), ct);
            throw new InvalidOperationException("The work failed half-way.");
        }));

        await using var other = store.OpenSession();
        Assert.Null(await other.Repository<T>().FindAsync(Scenario.Create(2).Key));
        Assert.True(Scenario.AreEquivalent(existing, (await other.Repository<T>().FindAsync(existing.Key))!), "A rolled-back update was kept.");
        Assert.Equal(1, await other.Repository<T>().CountAsync());
        Assert.Equal(1, await CountAuditAsync(other.AuditTrail));
        Assert.True((await other.AuditTrail.VerifyChainAsync()).IsIntact);
        Assert.True(Scenario.AreEquivalent(existing, (await repository.FindAsync(existing.Key))!), "The session still sees a rolled-back update.");
    }

    /// <summary>A conflict inside a unit of work rolls back the writes made before it.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UnitOfWork_ConflictInside_RollsBackEarlierWrites()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var stale = await repository.AddAsync(Scenario.Create(1));
        await repository.SaveAsync(Scenario.Change(stale, 1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => session.UnitOfWork.ExecuteAsync(async ct =>
        {
            await repository.AddAsync(Scenario.Create(2), ct);
            return await repository.SaveAsync(Scenario.Change(stale, 2), ct);
        }));

        await using var other = store.OpenSession();
        Assert.Null(await other.Repository<T>().FindAsync(Scenario.Create(2).Key));
        Assert.Equal(2, (await other.Repository<T>().FindAsync(stale.Key))!.Version);
    }

    /// <summary>Inside a unit of work the session reads its own writes; other sessions see them only after the commit.</summary>
    /// <returns>A task.</returns>
    [Fact]
    public async Task UnitOfWork_BeforeCommit_OnlyItsSessionSeesTheWrites()
    {
        await using var store = await CreateStoreAsync();
        await using var session = store.OpenSession();
        var repository = session.Repository<T>();
        var key = Scenario.Create(1).Key;

        var seenInside = await session.UnitOfWork.ExecuteAsync(async ct =>
        {
            await repository.AddAsync(Scenario.Create(1), ct);
            var own = await repository.FindAsync(key, ct);
            await using var other = store.OpenSession();
            var outside = await Task.Run(() => other.Repository<T>().FindAsync(key, ct), ct);
            return (Own: own is not null, Outside: outside is not null);
        });

        Assert.True(seenInside.Own, "The session did not read its own uncommitted write.");
        Assert.False(seenInside.Outside, "Another session read an uncommitted write.");
        await using var after = store.OpenSession();
        Assert.NotNull(await after.Repository<T>().FindAsync(key));
    }

    /// <summary>Stores the scenario's data set and returns it stamped with the stored versions.</summary>
    /// <param name="store">The store.</param>
    /// <returns>The stored aggregates.</returns>
    protected async Task<IReadOnlyList<T>> StoreDatasetAsync(IConformanceStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.OpenSession();
        return (await session.Repository<T>().AddRangeAsync(Scenario.Dataset())).ToList();
    }

    private static async Task<int> CountAuditAsync(IAuditTrail trail)
    {
        var count = 0;
        await foreach (var _ in trail.ReadAsync())
        {
            count++;
        }

        return count;
    }

    private static AuditEntry Entry(int number, string key) =>
        new(
            TestIds.Numbered<AuditEntryId>(number),
            TestClock.DefaultStart,
            TestActors.Clinician.UserId,
            Role.Clinician,
            AuditAction.Update,
            AuditCategory.Clinical,
            new RecordReference(typeof(T).Name, key),
            null,
            AuditOutcome.Succeeded);
}

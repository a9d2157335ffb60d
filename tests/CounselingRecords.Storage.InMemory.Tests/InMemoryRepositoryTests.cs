using CounselingRecords.Identity;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Identity;

namespace CounselingRecords.Storage.InMemory.Tests;

public sealed class InMemoryRepositoryTests
{
    [Fact]
    public async Task GetByIdAsync_TypedId_FindsByItsTextForm()
    {
        var session = new InMemoryStore().OpenSession();
        var added = await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(3));

        var found = await session.Repository<ConformanceVisit>().GetByIdAsync(TestIds.Numbered<AppointmentId>(3));

        Assert.Equal(added, found);
    }

    [Fact]
    public async Task GetByIdAsync_NeitherKeyNorId_IsAProgrammerError()
    {
        var session = new InMemoryStore().OpenSession();

        await Assert.ThrowsAsync<ArgumentException>(() => session.Repository<ConformanceVisit>().GetByIdAsync(new object()));
    }

    [Fact]
    public async Task ListAsync_WithoutOrder_ReturnsTheOrderOfFirstStorage()
    {
        var session = new InMemoryStore().OpenSession();
        var repository = session.Repository<ConformanceVisit>();
        foreach (var n in new[] { 9, 2, 7, 4 })
        {
            await repository.AddAsync(ConformanceVisits.Create(n));
        }

        await repository.SaveAsync(ConformanceVisits.Change((await repository.FindAsync(TestIds.Numbered<AppointmentId>(2).ToString()))!, 1));

        Assert.Equal(new[] { 9, 2, 7, 4 }.Select(n => TestIds.Numbered<AppointmentId>(n).ToString()), (await repository.ListAsync()).Select(v => v.Key));
    }

    [Fact]
    public async Task DeleteRangeAsync_OneStale_DeletesNothing()
    {
        var session = new InMemoryStore().OpenSession();
        var repository = session.Repository<ConformanceVisit>();
        var a = await repository.AddAsync(ConformanceVisits.Create(1));
        var b = await repository.AddAsync(ConformanceVisits.Create(2));
        await repository.SaveAsync(ConformanceVisits.Change(b, 1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.DeleteRangeAsync([a, b]));

        Assert.Equal(2, await repository.CountAsync());
    }

    [Fact]
    public async Task ExecuteAsync_Nested_JoinsTheRunningUnitOfWork()
    {
        var store = new InMemoryStore();
        var session = store.OpenSession();
        var repository = session.Repository<ConformanceVisit>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.ExecuteAsync<int>(async ct =>
        {
            await session.ExecuteAsync(async inner => await repository.AddAsync(ConformanceVisits.Create(1), inner), ct);
            throw new InvalidOperationException("The outer work failed after the inner one completed.");
        }));

        Assert.Equal(0, await store.OpenSession().Repository<ConformanceVisit>().CountAsync());
    }

    [Fact]
    public async Task ExecuteAsync_TwoSessions_RunOneAfterTheOther()
    {
        var store = new InMemoryStore();
        var inFirst = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var first = store.OpenSession();
        var second = store.OpenSession();

        var firstWork = first.ExecuteAsync(async ct =>
        {
            await first.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(1), ct);
            inFirst.SetResult();
            await release.Task;
            return 1;
        });
        await inFirst.Task;
        var secondWork = second.ExecuteAsync(async ct => await second.Repository<ConformanceVisit>().CountAsync(ct));
        await Task.Delay(50);

        Assert.False(secondWork.IsCompleted);
        release.SetResult();
        await firstWork;
        Assert.Equal(1, await secondWork);
    }

    [Fact]
    public async Task ExecuteAsync_Cancelled_KeepsNothing()
    {
        var store = new InMemoryStore();
        var session = store.OpenSession();
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.ExecuteAsync(async ct =>
        {
            await session.Repository<ConformanceVisit>().AddAsync(ConformanceVisits.Create(1), ct);
            await cancellation.CancelAsync();
            return 0;
        }, cancellation.Token));

        Assert.Equal(0, await store.OpenSession().Repository<ConformanceVisit>().CountAsync());
    }

    [Fact]
    public async Task SaveAsync_ReleasingAndTakingAClaimInOneUnitOfWork_Succeeds()
    {
        var store = new InMemoryStore(InMemoryStoreOptions.Default.WithUniqueClaim<ConformanceVisit>("slot", v => v.SlotClaim));
        var session = store.OpenSession();
        var repository = session.Repository<ConformanceVisit>();
        var holder = await repository.AddAsync(ConformanceVisits.Claimant(1));

        var taken = await session.ExecuteAsync(async ct =>
        {
            await repository.SaveAsync(holder.Cancel(), ct);
            return await repository.AddAsync(ConformanceVisits.Claimant(2), ct);
        });

        Assert.Equal(1, taken.Version);
    }

    [Fact]
    public void WithUniqueClaim_SameNameTwice_IsRefused()
    {
        var options = InMemoryStoreOptions.Default.WithUniqueClaim<ConformanceVisit>("slot", v => v.SlotClaim);

        Assert.Throws<ArgumentException>(() => options.WithUniqueClaim<ConformanceVisit>("slot", v => v.SlotClaim));
    }
}

using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.DependencyInjection.Storage;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using CounselingRecords.Storage.InMemory;
using CounselingRecords.Storage.Sqlite;
using CounselingRecords.Testing.Clocks;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Documents;
using CounselingRecords.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CounselingRecords.DependencyInjection.Tests;

public sealed class ServiceRegistrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "counseling-records-di-tests", Guid.NewGuid().ToString("N"));

    public ServiceRegistrationTests() => Directory.CreateDirectory(_folder);

    public static TheoryData<string> Storages => new() { "in-memory", "sqlite" };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may still be closing; the folder is under the temporary directory.
        }
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public void AddCounselingRecords_EveryRegisteredService_Resolves(string storage)
    {
        var services = new ServiceCollection();
        services.AddCounselingRecords(b => Configure(b, storage, _folder));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = provider.CreateScope();

        var resolved = new List<Type>();
        foreach (var descriptor in services)
        {
            var type = descriptor.ServiceType.IsGenericTypeDefinition ? descriptor.ServiceType.MakeGenericType(typeof(ConformanceVisit)) : descriptor.ServiceType;
            Assert.NotNull(scope.ServiceProvider.GetRequiredService(type));
            resolved.Add(type);
        }

        Assert.Contains(typeof(IRepository<ConformanceVisit>), resolved);
        Assert.Contains(typeof(IReadRepository<ConformanceVisit>), resolved);
        Assert.Contains(typeof(IUnitOfWork), resolved);
        Assert.Contains(typeof(IAuditTrail), resolved);
        Assert.Contains(typeof(IAuditSink), resolved);
        Assert.Contains(typeof(IClock), resolved);
        Assert.Contains(typeof(IIdGenerator), resolved);
        Assert.Contains(typeof(DocumentSerializer), resolved);
        Assert.Contains(typeof(IActorContext), resolved);
        Assert.Equal(storage, scope.ServiceProvider.GetRequiredService<IStorageAdapter>().Name);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task Scope_RepositoriesUnitOfWorkAndAuditTrail_ShareOneTransaction(string storage)
    {
        using var provider = Provider(storage);
        using (var scope = provider.CreateScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var audit = scope.ServiceProvider.GetRequiredService<IAuditSink>();
            Assert.Same(scope.ServiceProvider.GetRequiredService<IAuditTrail>(), audit);

            await Assert.ThrowsAsync<InvalidOperationException>(() => unitOfWork.ExecuteAsync<int>(async ct =>
            {
                await repository.AddAsync(ConformanceVisits.Create(1), ct);
                await audit.AppendAsync(Entry(1), ct);
                throw new InvalidOperationException("The workflow failed.");
            }));
        }

        using var check = provider.CreateScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>().CountAsync());
        Assert.Equal(0, (await check.ServiceProvider.GetRequiredService<IAuditTrail>().VerifyChainAsync()).EntriesChecked);
    }

    [Fact]
    public void TwoScopes_GetTheirOwnSessions_OneScopeSharesOne()
    {
        using var provider = Provider("in-memory");
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        Assert.Same(first.ServiceProvider.GetRequiredService<IUnitOfWork>(), first.ServiceProvider.GetRequiredService<IUnitOfWork>());
        Assert.NotSame(first.ServiceProvider.GetRequiredService<IUnitOfWork>(), second.ServiceProvider.GetRequiredService<IUnitOfWork>());
        Assert.Same(first.ServiceProvider.GetRequiredService<InMemoryStore>(), second.ServiceProvider.GetRequiredService<InMemoryStore>());
    }

    [Fact]
    public void HostRegistrations_MadeBeforeOrAfter_Win()
    {
        var before = new FakeClockHolder(TestClock.At());
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(before.Clock);
        services.AddCounselingRecords();
        var ids = TestIds.Seeded(3);
        services.AddSingleton<IIdGenerator>(ids);
        using var provider = services.BuildServiceProvider();

        Assert.Same(before.Clock, provider.GetRequiredService<IClock>());
        Assert.Same(ids, provider.GetRequiredService<IIdGenerator>());
    }

    [Fact]
    public void UseClockAndUseIdGenerator_ReplaceEarlierRegistrations()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(SystemClock.Instance);
        var clock = TestClock.At();
        var ids = TestIds.Seeded(5);

        services.AddCounselingRecords(b => b.UseClock(clock).UseIdGenerator(ids));
        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(ids, provider.GetRequiredService<IIdGenerator>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void Defaults_AreTheSystemClockRandomIdsAndMemory()
    {
        using var provider = new ServiceCollection().AddCounselingRecords().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(RandomIdGenerator.Instance, provider.GetRequiredService<IIdGenerator>());
        Assert.IsType<InMemoryStorageAdapter>(provider.GetRequiredService<IStorageAdapter>());
        Assert.Equal(CounselingRecordsDocumentTypes.All.Length, provider.GetRequiredService<DocumentSerializer>().Types.Count);
    }

    [Fact]
    public async Task InMemory_UniqueClaimsOfTheDocumentTypes_AreEnforced()
    {
        using var provider = Provider("in-memory");
        using var scope = provider.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>();
        await repository.AddAsync(ConformanceVisits.Claimant(1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.AddAsync(ConformanceVisits.Claimant(2)));
    }

    [Fact]
    public async Task UseStorage_CustomAdapter_IsWhatTheContainerUses()
    {
        var services = new ServiceCollection();
        services.AddCounselingRecords(b => b.AddDocumentType(ConformanceVisitDocument.Type).UseSqlite(Path.Combine(_folder, "first.db")).UseStorage("custom", s =>
        {
            s.AddSingleton(new InMemoryStore());
            s.AddScoped(sp => sp.GetRequiredService<InMemoryStore>().OpenSession());
            s.AddSingleton<IStorageAdapter, InMemoryStorageAdapter>();
        }));
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        await scope.ServiceProvider.GetRequiredService<IRepository<ConformanceVisit>>().AddAsync(ConformanceVisits.Create(1));

        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<InMemorySession>().Repository<ConformanceVisit>().CountAsync());
        Assert.Null(scope.ServiceProvider.GetService<SqliteStore>());
        Assert.False(File.Exists(Path.Combine(_folder, "first.db")));
    }

    [Fact]
    public void UseSqlite_FileThatIsNotADatabase_FailsWithTheTypedErrorOnFirstUse()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "a text file");
        using var provider = new ServiceCollection().AddCounselingRecords(b => b.UseSqlite(path)).BuildServiceProvider();
        using var scope = provider.CreateScope();

        var error = Assert.Throws<SqliteStorageException>(() => scope.ServiceProvider.GetRequiredService<IUnitOfWork>());

        Assert.Equal(SqliteStorageErrorCodes.NotADatabase, error.Code);
    }

    [Fact]
    public async Task AddArea_RegistersWithTryAdd_AndTheHostCanReplace()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHolidayProbe>(new HostHolidays());
        services.AddCounselingRecords(b => b.AddArea(s => Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<IHolidayProbe, AreaHolidays>(s)));
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<HostHolidays>(provider.GetRequiredService<IHolidayProbe>());
    }

    private static void Configure(CounselingRecordsBuilder builder, string storage, string folder)
    {
        builder.AddDocumentType(ConformanceVisitDocument.Type).UseClock(TestClock.At()).UseIdGenerator(TestIds.Seeded());
        if (storage == "sqlite")
        {
            builder.UseSqlite(Path.Combine(folder, "records.db"));
        }
    }

    private static AuditEntry Entry(int number) =>
        new(TestIds.Numbered<AuditEntryId>(number), TestClock.DefaultStart, TestIds.Numbered<UserId>(1), Access.Role.Clinician, AuditAction.Create, AuditCategory.Clinical, new RecordReference("ConformanceVisit", "x"), null, AuditOutcome.Succeeded);

    private ServiceProvider Provider(string storage) =>
        new ServiceCollection().AddCounselingRecords(b => Configure(b, storage, _folder)).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    public interface IHolidayProbe;

    private sealed class HostHolidays : IHolidayProbe;

    private sealed class AreaHolidays : IHolidayProbe;

    private sealed record FakeClockHolder(IClock Clock);
}

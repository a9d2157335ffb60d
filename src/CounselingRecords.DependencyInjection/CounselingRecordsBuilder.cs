using System.Diagnostics.CodeAnalysis;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.DependencyInjection.Storage;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CounselingRecords;

/// <summary>
/// Configures <see cref="CounselingRecordsServiceCollectionExtensions.AddCounselingRecords"/>: storage, clock, id
/// generator, document types, the acting user, and area services. Explicit choices made here replace earlier
/// registrations of the same service; everything else is registered with <c>TryAdd*</c>, so a host's own
/// registration (made before or after) wins. Area packages and adapters extend it with extension methods over
/// <see cref="Services"/> (for example <c>UseSqlite</c> in <c>CounselingRecords.Storage.Sqlite</c>).
/// </summary>
public sealed partial class CounselingRecordsBuilder
{
    private Action<IServiceCollection>? _storage;

    internal CounselingRecordsBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection, for area and adapter extensions.</summary>
    public IServiceCollection Services { get; }

    internal string StorageName { get; private set; } = "in-memory";

    /// <summary>Uses this clock for every time-dependent service (default: the system clock).</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseClock(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Services.Replace(ServiceDescriptor.Singleton(clock));
        return this;
    }

    /// <summary>Uses this generator for every new id (default: <see cref="RandomIdGenerator"/>).</summary>
    /// <param name="ids">The generator, for example a <see cref="SeededIdGenerator"/> for reproducible runs.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseIdGenerator(IIdGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Services.Replace(ServiceDescriptor.Singleton(ids));
        return this;
    }

    /// <summary>Keeps everything in memory (the default): an <see cref="InMemoryStore"/> per container, a session per scope.</summary>
    /// <param name="options">Extra unique claims; those of the registered document types are always added.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseInMemory(InMemoryStoreOptions? options = null) =>
        UseStorage("in-memory", services =>
        {
            services.TryAddSingleton(sp => new InMemoryStore(InMemoryStorageAdapter.OptionsFor(sp.GetRequiredService<DocumentSerializer>(), options)));
            services.TryAddScoped(sp => sp.GetRequiredService<InMemoryStore>().OpenSession());
            services.TryAddSingleton<IStorageAdapter, InMemoryStorageAdapter>();
        });

    /// <summary>
    /// Uses a storage adapter: <paramref name="register"/> adds the adapter's services (with <c>TryAdd*</c>), including
    /// its <see cref="IStorageAdapter"/>. The last storage chosen wins.
    /// </summary>
    /// <param name="name">The adapter's name, for diagnostics.</param>
    /// <param name="register">Registers the adapter.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseStorage(string name, Action<IServiceCollection> register)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(register);
        StorageName = name;
        _storage = register;
        return this;
    }

    /// <summary>Registers a document type (an aggregate stored by the adapters) in addition to the library's own.</summary>
    /// <param name="documentType">The registration.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder AddDocumentType(DocumentType documentType)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        Services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(DocumentType), documentType));
        return this;
    }

    /// <summary>Sets the limits of the document reader (largest document, deepest nesting).</summary>
    /// <param name="options">The limits.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseDocumentLimits(DocumentSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Services.Replace(ServiceDescriptor.Singleton(options));
        return this;
    }

    /// <summary>Uses a host's <see cref="IActorContext"/> (for example over its authentication) instead of <see cref="ActorContext"/>.</summary>
    /// <typeparam name="TContext">The implementation, resolved per scope.</typeparam>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder UseActorContext<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TContext>()
        where TContext : class, IActorContext
    {
        Services.Replace(ServiceDescriptor.Scoped<IActorContext, TContext>());
        return this;
    }

    /// <summary>Adds services of an area (validators, policies, workflows) with <c>TryAdd*</c>, so a host can replace them.</summary>
    /// <param name="register">Registers the area's services.</param>
    /// <returns>This builder.</returns>
    public CounselingRecordsBuilder AddArea(Action<IServiceCollection> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        register(Services);
        return this;
    }

    internal void ApplyStorage()
    {
        if (_storage is null)
        {
            UseInMemory();
        }

        _storage!(Services);
    }
}

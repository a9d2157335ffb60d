using CounselingRecords.Auditing;
using CounselingRecords.DependencyInjection.Areas;
using CounselingRecords.DependencyInjection.Auditing;
using CounselingRecords.DependencyInjection.Storage;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace CounselingRecords;

/// <summary>Registers CounselingRecords in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CounselingRecordsServiceCollectionExtensions
{
    /// <summary>
    /// Registers CounselingRecords: the clock (system), the id generator (<see cref="RandomIdGenerator"/>), the
    /// document types and their <see cref="DocumentSerializer"/>, the storage (in memory unless configured), and per
    /// scope <see cref="IRepository{T}"/>, <see cref="IReadRepository{T}"/> (reads of clinical records audited),
    /// <see cref="IUnitOfWork"/>, <see cref="IAuditTrail"/>, <see cref="IAuditSink"/> and <see cref="IActorContext"/>.
    /// Defaults use <c>TryAdd*</c>: a host's own registration of any of these services wins.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Chooses storage, clock, ids, document types and area services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCounselingRecords(this IServiceCollection services, Action<CounselingRecordsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new CounselingRecordsBuilder(services);
        configure?.Invoke(builder);

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IIdGenerator>(RandomIdGenerator.Instance);
        services.TryAddSingleton(DocumentSerializerOptions.Default);
        foreach (var documentType in CounselingRecordsDocumentTypes.All)
        {
            builder.AddDocumentType(documentType);
        }

        services.TryAddSingleton(sp => new DocumentSerializer(sp.GetServices<DocumentType>(), sp.GetRequiredService<DocumentSerializerOptions>()));
        services.TryAddScoped<ActorContext>();
        services.TryAddScoped<IActorContext>(sp => sp.GetRequiredService<ActorContext>());

        builder.ApplyStorage();
        services.TryAddScoped(sp => sp.GetRequiredService<IStorageAdapter>().GetUnitOfWork(sp));
        services.TryAddScoped(sp => sp.GetRequiredService<IStorageAdapter>().GetAuditTrail(sp));
        services.TryAddScoped<IAuditSink>(sp => sp.GetRequiredService<IAuditTrail>());
        services.TryAdd(ServiceDescriptor.Scoped(typeof(IRepository<>), typeof(AuditedRepository<>)));
        services.TryAdd(ServiceDescriptor.Scoped(typeof(IReadRepository<>), typeof(ReadRepository<>)));
        AreaDefaults.Add(services);
        return services;
    }
}

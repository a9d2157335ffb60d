using CounselingRecords.Auditing;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using CounselingRecords.Storage.InMemory;
using Microsoft.Extensions.DependencyInjection;

namespace CounselingRecords.DependencyInjection.Storage;

/// <summary>
/// The default storage of <c>AddCounselingRecords</c>: one <see cref="InMemoryStore"/> per container (enforcing
/// the unique claims of the registered document types) and one <see cref="InMemorySession"/> per scope.
/// </summary>
public sealed class InMemoryStorageAdapter : IStorageAdapter
{
    /// <inheritdoc />
    public string Name => "in-memory";

    /// <summary>Builds the store options from the registered document types: each unique claim becomes an in-memory claim.</summary>
    /// <param name="documents">The registered document types.</param>
    /// <param name="options">Options to start from; the default when omitted.</param>
    /// <returns>The options.</returns>
    public static InMemoryStoreOptions OptionsFor(DocumentSerializer documents, InMemoryStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var claims = new ClaimCollector(options ?? InMemoryStoreOptions.Default);
        foreach (var type in documents.Types)
        {
            type.Accept(claims);
        }

        return claims.Options;
    }

    /// <inheritdoc />
    public IRepository<T> CreateRepository<T>(IServiceProvider scope)
        where T : class, IAggregateRoot<T> => scope.GetRequiredService<InMemorySession>().Repository<T>();

    /// <inheritdoc />
    public IUnitOfWork GetUnitOfWork(IServiceProvider scope) => scope.GetRequiredService<InMemorySession>();

    /// <inheritdoc />
    public IAuditTrail GetAuditTrail(IServiceProvider scope) => scope.GetRequiredService<InMemorySession>().AuditTrail;

    private sealed class ClaimCollector(InMemoryStoreOptions options) : IDocumentTypeVisitor<bool>
    {
        public InMemoryStoreOptions Options { get; private set; } = options;

        public bool Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T>
        {
            foreach (var constraint in documentType.UniqueConstraints)
            {
                Options = Options.WithUniqueClaim<T>(constraint.Name, a => documentType.ClaimOf(constraint, a));
            }

            return true;
        }
    }
}

using CounselingRecords.Storage;

namespace CounselingRecords.Serialization.SystemTextJson.Documents;

/// <summary>Calls generic code for a <see cref="DocumentType"/> whose aggregate type is known only at run time, without reflection.</summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
public interface IDocumentTypeVisitor<out TResult>
{
    /// <summary>Visits a document type.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="documentType">The document type.</param>
    /// <returns>The result.</returns>
    TResult Visit<T>(DocumentType<T> documentType)
        where T : class, IAggregateRoot<T>;
}

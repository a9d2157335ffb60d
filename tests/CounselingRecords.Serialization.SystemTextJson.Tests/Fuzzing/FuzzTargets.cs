using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Storage;
using CounselingRecords.Testing.Documents;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Fuzzing;

/// <summary>Every registered document type, as fuzz targets.</summary>
internal static class FuzzTargets
{
    /// <summary>The serializer the fuzz tests use: every document type the library registers, and the kit's aggregate.</summary>
    public static DocumentSerializer Serializer { get; } = new([.. CounselingRecordsDocumentTypes.All, ConformanceVisitDocument.Type]);

    public static IReadOnlyList<FuzzTarget> All { get; } = Serializer.Types.Select(t => t.Accept(new Factory())).ToList();

    private sealed class Factory : IDocumentTypeVisitor<FuzzTarget>
    {
        public FuzzTarget Visit<T>(DocumentType<T> documentType)
            where T : class, IAggregateRoot<T> => FuzzTarget.For(Serializer, documentType);
    }
}

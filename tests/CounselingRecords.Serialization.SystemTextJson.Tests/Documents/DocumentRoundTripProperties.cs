using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Documents;
using FsCheck;
using FsCheck.Xunit;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents;

public sealed class DocumentRoundTripProperties
{
    private static readonly SystemTextJson.Documents.DocumentSerializer Serializer = ConformanceVisitDocument.CreateSerializer();

    [Property(Arbitrary = [typeof(ConformanceVisitArbitraries)], MaxTest = 500)]
    public bool SerializeThenDeserialize_AnyVisit_IsTheSameVisit(ConformanceVisit visit)
    {
        var json = Serializer.Serialize(visit);
        var read = Serializer.Deserialize<ConformanceVisit>(json);
        return read == visit && Serializer.Serialize(read) == json;
    }

    [Property(Arbitrary = [typeof(ConformanceVisitArbitraries)], MaxTest = 200)]
    public bool Serialize_AnyVisit_IsPureAscii(ConformanceVisit visit) => Serializer.Serialize(visit).All(char.IsAscii);
}

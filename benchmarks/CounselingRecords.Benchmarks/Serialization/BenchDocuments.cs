using CounselingRecords.Serialization.SystemTextJson.Documents;

namespace CounselingRecords.Benchmarks.Serialization;

/// <summary>The document registration of the benchmark aggregate: indexed like a scheduling appointment.</summary>
internal static class BenchDocuments
{
    public static DocumentType<BenchAppointment> Type { get; } =
        DocumentType<BenchAppointment>.Create("BenchAppointment", BenchmarkJsonContext.Default)
            .KeyedBy(a => a.Id)
            .Column(a => a.ClinicianId)
            .Column(a => a.ClientId)
            .Column(a => a.Start)
            .Index("clinician_day", "clinician_id", "start");

    public static DocumentSerializer Serializer { get; } = new([Type]);
}

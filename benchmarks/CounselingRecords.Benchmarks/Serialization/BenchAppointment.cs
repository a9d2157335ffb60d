using System.Collections.Immutable;
using System.Text.Json.Serialization;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Storage;
using NodaTime;

namespace CounselingRecords.Benchmarks.Serialization;

/// <summary>
/// An appointment-shaped aggregate for the storage and wire-format benchmarks (ids, a local start, a length,
/// money, codes, an optional note). The real scheduling appointment and session note replace it once they exist.
/// </summary>
public sealed class BenchAppointment : IAggregateRoot<BenchAppointment>
{
    public BenchAppointment(AppointmentId id, ClinicianId clinicianId, ClientId clientId, LocalDateTime start, Duration length, Modality modality, Money fee, ImmutableArray<DiagnosisCode> diagnoses, string? note, long version)
    {
        Id = id;
        ClinicianId = clinicianId;
        ClientId = clientId;
        Start = start;
        Length = length;
        Modality = modality;
        Fee = fee;
        Diagnoses = diagnoses;
        Note = note;
        Version = version;
    }

    public AppointmentId Id { get; }

    public ClinicianId ClinicianId { get; }

    public ClientId ClientId { get; }

    public LocalDateTime Start { get; }

    public Duration Length { get; }

    public Modality Modality { get; }

    public Money Fee { get; }

    public ImmutableArray<DiagnosisCode> Diagnoses { get; }

    public string? Note { get; }

    public long Version { get; }

    [JsonIgnore]
    public string Key => Id.ToString();

    public static BenchAppointment Create(SeededIdGenerator ids, int number, int clinicians, string? note)
    {
        var start = new LocalDate(2026, 1, 5).PlusDays(number / (clinicians * 8)).At(new LocalTime(8 + (number % 8), 0));
        return new BenchAppointment(
            ids.New<AppointmentId>(),
            Clinician(number % clinicians),
            ids.New<ClientId>(),
            start,
            Duration.FromMinutes(50),
            (Modality)(number % 3),
            Money.Usd(150.00m),
            [DiagnosisCode.Parse("F41.1"), DiagnosisCode.Parse("Z63.0")],
            note,
            0);
    }

    public static ClinicianId Clinician(int index) => ClinicianId.FromGuid(new Guid(index + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]));

    public BenchAppointment WithVersion(long version) => new(Id, ClinicianId, ClientId, Start, Length, Modality, Fee, Diagnoses, Note, version);
}

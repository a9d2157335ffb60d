using System.Text.Json;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Coding;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Testing.Conformance.Visits;
using CounselingRecords.Testing.Documents;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Golden;

/// <summary>
/// The golden files pin the wire format: what is written, byte for byte, and what is read back. A change
/// that breaks one of these tests changes stored documents and needs a schema version and an upgrade.
/// </summary>
public sealed class WireFormatGoldenTests
{
    private static readonly ConformanceVisit GoldenVisit = new(
        AppointmentId.Parse("apt_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f"),
        ClinicianId.Parse("clin_5b1e0d9c8a7f4e3d9c2b1a0f9e8d7c6b"),
        ClientId.Parse("cli_9f8e7d6c5b4a49382716a5b4c3d2e1f0"),
        new LocalDateTime(2026, 3, 9, 16, 30),
        DateTimeZoneProviders.Tzdb["America/New_York"],
        Duration.FromMinutes(53),
        Modality.Video,
        ConformanceVisitStatus.Completed,
        new Money(175.50m, Currency.Usd),
        [DiagnosisCode.Parse("F41.1"), DiagnosisCode.Parse("Z63.0")],
        [new ConformanceVisitLine("90834", 1, new Money(150.00m, Currency.Usd)), new ConformanceVisitLine("90785", 1, new Money(25.50m, Currency.Usd))],
        Instant.FromUtc(2026, 3, 1, 15, 4, 5) + Duration.FromMilliseconds(123),
        new LocalDate(2026, 4, 6),
        "Client reports better sleep; café walks resumed \u2713 \"quoted\".",
        3);

    private readonly SystemTextJson.Documents.DocumentSerializer _serializer = ConformanceVisitDocument.CreateSerializer();

    [Fact]
    public void Serialize_GoldenVisit_WritesTheGoldenDocumentByteForByte()
    {
        Assert.Equal(GoldenFile.Compact("ConformanceVisit.v2.json"), _serializer.Serialize(GoldenVisit));
    }

    [Fact]
    public void Deserialize_GoldenDocument_ReadsTheGoldenVisit()
    {
        Assert.Equal(GoldenVisit, _serializer.Deserialize<ConformanceVisit>(GoldenFile.Read("ConformanceVisit.v2.json")));
    }

    [Fact]
    public void Deserialize_VersionOneDocument_UpgradesToTheSameVisitInPerson()
    {
        var upgraded = _serializer.Deserialize<ConformanceVisit>(GoldenFile.Read("ConformanceVisit.v1.json"));

        // Version 1 had no modality (every visit was in person) and a length in whole minutes.
        Assert.Equal(Modality.InPerson, upgraded.Modality);
        Assert.Equal(Duration.FromMinutes(53), upgraded.Length);
        Assert.Equal(new ConformanceVisit(
            GoldenVisit.Id, GoldenVisit.ClinicianId, GoldenVisit.ClientId, GoldenVisit.Start, GoldenVisit.Zone, GoldenVisit.Length,
            Modality.InPerson, GoldenVisit.Status, GoldenVisit.Fee, GoldenVisit.Diagnoses, GoldenVisit.Lines, GoldenVisit.BookedAt,
            GoldenVisit.FollowUpOn, GoldenVisit.Note, GoldenVisit.Version), upgraded);
    }

    [Fact]
    public void Serialize_UpgradedVersionOneDocument_WritesTheCurrentVersion()
    {
        var upgraded = _serializer.Deserialize<ConformanceVisit>(GoldenFile.Read("ConformanceVisit.v1.json"));

        var written = JsonDocument.Parse(_serializer.Serialize(upgraded)).RootElement;

        Assert.Equal(2, written.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("0:53:00", written.GetProperty("data").GetProperty("length").GetString());
        Assert.False(written.GetProperty("data").TryGetProperty("lengthMinutes", out _));
    }

    [Fact]
    public void Serialize_AuditEntry_WritesTheGoldenForm()
    {
        var entry = new AuditEntry(
            TestIds.Numbered<AuditEntryId>(7),
            Instant.FromUtc(2026, 1, 5, 14, 0),
            TestIds.Numbered<UserId>(3),
            Role.Clinician | Role.Supervisor,
            AuditAction.Read,
            AuditCategory.PsychotherapyNote,
            RecordReference.For("PsychotherapyNote", TestIds.Numbered<NoteId>(42)),
            TestIds.Numbered<ClientId>(1),
            AuditOutcome.Denied,
            "R7.2",
            null,
            "workstation-12");

        Assert.Equal(GoldenFile.Compact("AuditEntry.json"), JsonSerializer.Serialize(entry, CounselingRecordsJson.TypeInfo<AuditEntry>()));
        Assert.Equal(entry, JsonSerializer.Deserialize(GoldenFile.Read("AuditEntry.json"), CounselingRecordsJson.TypeInfo<AuditEntry>()));
    }

    [Fact]
    public void Serialize_AuditChainVerification_WritesStateButNotTheComputedIsIntact()
    {
        var verification = new AuditChainVerification(4, AuditChainProblem.AlteredEntry, 3, AuditChain.GenesisHash);

        Assert.Equal(GoldenFile.Compact("AuditChainVerification.json"), JsonSerializer.Serialize(verification, CounselingRecordsJson.TypeInfo<AuditChainVerification>()));
        Assert.Equal(verification, JsonSerializer.Deserialize(GoldenFile.Read("AuditChainVerification.json"), CounselingRecordsJson.TypeInfo<AuditChainVerification>()));
    }

    [Fact]
    public void Serialize_Money_KeepsTheExactDecimalAndScale()
    {
        Money[] amounts =
        [
            Money.Usd(12.35m),
            Money.Usd(12.50m),
            new Money(-0.01m, Currency.Eur),
            new Money(1000m, Currency.Jpy),
            new Money(0.125m, Currency.Kwd),
            new Money(7.5000m, Currency.Create("XTS", 4)),
        ];

        Assert.Equal(GoldenFile.Compact("Money.json"), JsonSerializer.Serialize(amounts, CounselingRecordsJson.Options));
        var read = JsonSerializer.Deserialize<Money[]>(GoldenFile.Read("Money.json"), CounselingRecordsJson.Options)!;
        Assert.Equal(amounts, read);
        Assert.Equal(amounts.Select(a => a.Amount.Scale), read.Select(a => a.Amount.Scale));
        Assert.Equal(4, read[^1].Currency.MinorUnits);
    }

    [Fact]
    public void GoldenFiles_EveryRegisteredDocumentType_HasOneForItsCurrentSchemaVersion()
    {
        foreach (var type in Fuzzing.FuzzTargets.Serializer.Types)
        {
            Assert.True(File.Exists(Path.Combine(GoldenFile.Directory, $"{type.Name}.v{type.SchemaVersion}.json")), $"{type.Name} has no golden file for schema version {type.SchemaVersion}.");
        }
    }

    [Fact]
    public void GoldenFiles_EveryDocumentVersion_IsReadable()
    {
        foreach (var golden in GoldenFile.For(ConformanceVisits.DocumentTypeName))
        {
            Assert.Equal(GoldenVisit.Id, _serializer.Deserialize<ConformanceVisit>(golden).Id);
        }

        Assert.Equal(2, GoldenFile.For(ConformanceVisits.DocumentTypeName).Count);
    }
}

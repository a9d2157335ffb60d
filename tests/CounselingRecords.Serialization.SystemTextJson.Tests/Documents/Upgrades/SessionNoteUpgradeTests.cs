using System.Text.Json;
using System.Text.Json.Nodes;
using CounselingRecords.Coding;
using CounselingRecords.Records.Notes;
using CounselingRecords.Serialization.SystemTextJson.Documents;
using CounselingRecords.Serialization.SystemTextJson.Tests.Golden;
using CounselingRecords.Testing.Samples;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Documents.Upgrades;

/// <summary>
/// ADR 0064: a SessionNote stored at schema version 1 (claim-form diagnoses <c>primaryDiagnosis</c> +
/// <c>secondaryDiagnoses</c>, sections as an object keyed by section name) reads as the same note as version 2, and is
/// written back at version 2. SessionNote.v1.json is the v2 golden note in its version-1 form.
/// </summary>
public sealed class SessionNoteUpgradeTests
{
    private static readonly DocumentSerializer Serializer = new(CounselingRecordsDocumentTypes.All);

    [Fact]
    public void Deserialize_VersionOneDocument_ReadsTheSameNoteFieldByField()
    {
        var expected = SampleAggregates.Get<SessionNote>();

        var upgraded = Serializer.Deserialize<SessionNote>(GoldenFile.Read("SessionNote.v1.json"));

        // The two fields whose shape changed: the primary diagnosis first, then the secondary ones, in order.
        Assert.Equal(new[] { (DiagnosisCode.Parse("F32.1"), true), (DiagnosisCode.Parse("F41.1"), false) }, upgraded.Diagnoses.Select(d => (d.Code, d.IsPrimary)));
        Same(expected.Diagnoses, upgraded.Diagnoses);
        Assert.Equal(new[] { NoteSection.Subjective, NoteSection.Objective, NoteSection.Assessment, NoteSection.Plan }, upgraded.Sections.Select(s => s.Section));
        Same(expected.Sections, upgraded.Sections);

        // Everything else is carried over as it was.
        Same(expected.Id, upgraded.Id);
        Same(expected.ClientId, upgraded.ClientId);
        Same(expected.AuthorId, upgraded.AuthorId);
        Same(expected.AppointmentId, upgraded.AppointmentId);
        Same(expected.Format, upgraded.Format);
        Same(expected.ServiceKind, upgraded.ServiceKind);
        Same(expected.StartedAt, upgraded.StartedAt);
        Same(expected.EndedAt, upgraded.EndedAt);
        Same(expected.TimeZone, upgraded.TimeZone);
        Same(expected.DateOfService, upgraded.DateOfService);
        Same(expected.Modality, upgraded.Modality);
        Same(expected.ClientLocation, upgraded.ClientLocation);
        Same(expected.TelehealthConsentConfirmed, upgraded.TelehealthConsentConfirmed);
        Same(expected.Participants, upgraded.Participants);
        Same(expected.InteractiveComplexity, upgraded.InteractiveComplexity);
        Same(expected.EvaluationAndManagementPerformed, upgraded.EvaluationAndManagementPerformed);
        Same(expected.Interventions, upgraded.Interventions);
        Same(expected.Symptoms, upgraded.Symptoms);
        Same(expected.FunctionalStatus, upgraded.FunctionalStatus);
        Same(expected.MentalStatus, upgraded.MentalStatus);
        Same(expected.ObjectiveProgress, upgraded.ObjectiveProgress);
        Same(expected.Risk, upgraded.Risk);
        Same(expected.Measurements, upgraded.Measurements);
        Same(expected.NextSessionDate, upgraded.NextSessionDate);
        Same(expected.CarriedSafetyFlags, upgraded.CarriedSafetyFlags);
        Same(expected.CreatedAt, upgraded.CreatedAt);
        Same(expected.LastEditedAt, upgraded.LastEditedAt);
        Same(expected.LateEntry, upgraded.LateEntry);
        Same(expected.Status, upgraded.Status);
        Same(expected.CoSignerId, upgraded.CoSignerId);
        Same(expected.Signature, upgraded.Signature);
        Same(expected.CoSignature, upgraded.CoSignature);
        Same(expected.Reviews, upgraded.Reviews);
        Same(expected.Addenda, upgraded.Addenda);
        Same(expected.Version, upgraded.Version);
        Assert.Equal(Serializer.Serialize(expected), Serializer.Serialize(upgraded));
    }

    // Member types compare by their written state: not every clinical value type defines equality.
    private static void Same<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, CounselingRecordsJson.Options), JsonSerializer.Serialize(actual, CounselingRecordsJson.Options));

    [Fact]
    public void Serialize_UpgradedVersionOneNote_WritesVersionTwo()
    {
        var upgraded = Serializer.Deserialize<SessionNote>(GoldenFile.Read("SessionNote.v1.json"));

        var written = JsonNode.Parse(Serializer.Serialize(upgraded))!;

        Assert.Equal(2, written["schemaVersion"]!.GetValue<int>());
        Assert.Null(written["data"]!["primaryDiagnosis"]);
        Assert.Null(written["data"]!["secondaryDiagnoses"]);
        Assert.IsType<JsonArray>(written["data"]!["sections"]);
        Assert.Equal(GoldenFile.Compact("SessionNote.v2.json"), written.ToJsonString());
    }

    [Fact]
    public void Deserialize_VersionOneNoteWithoutSecondaryDiagnoses_HasOnlyThePrimary()
    {
        var v1 = JsonNode.Parse(GoldenFile.Read("SessionNote.v1.json"))!;
        v1["data"]!.AsObject().Remove("secondaryDiagnoses");

        var upgraded = Serializer.Deserialize<SessionNote>(v1.ToJsonString());

        Assert.Equal(new[] { (DiagnosisCode.Parse("F32.1"), true) }, upgraded.Diagnoses.Select(d => (d.Code, d.IsPrimary)));
    }

    [Fact]
    public void Deserialize_VersionOneNoteWithASecondaryDiagnosisThatIsNotText_IsRefusedWithItsPath()
    {
        var v1 = JsonNode.Parse(GoldenFile.Read("SessionNote.v1.json"))!;
        v1["data"]!["secondaryDiagnoses"] = new JsonArray(42);

        var error = Assert.Throws<CounselingRecordsJsonException>(() => Serializer.Deserialize<SessionNote>(v1.ToJsonString()));

        Assert.StartsWith("$.data.diagnoses[1]", error.Path, StringComparison.Ordinal);
    }
}

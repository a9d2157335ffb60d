using System.Reflection;
using System.Text.Json;
using CounselingRecords.Access;
using CounselingRecords.Auditing;
using CounselingRecords.Care;
using CounselingRecords.Identity;
using CounselingRecords.Serialization.SystemTextJson.Converters;
using NodaTime;

namespace CounselingRecords.Serialization.SystemTextJson.Tests;

public sealed class JsonSerializerOptionsExtensionsTests
{
    [Fact]
    public void ConfigureForCounselingRecords_CalledTwice_AddsTheConvertersOnce()
    {
        var options = new JsonSerializerOptions().ConfigureForCounselingRecords();
        var count = options.Converters.Count;

        options.ConfigureForCounselingRecords();

        Assert.Equal(count, options.Converters.Count);
        Assert.Single(options.Converters, c => c is StronglyTypedIdJsonConverterFactory);
    }

    [Fact]
    public void ConfigureForCounselingRecords_Defaults_AreStrict()
    {
        var options = CounselingRecordsJson.CreateOptions();

        Assert.Equal(JsonNamingPolicy.CamelCase, options.PropertyNamingPolicy);
        Assert.Equal(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow, options.UnmappedMemberHandling);
        Assert.Equal(System.Text.Json.Serialization.JsonNumberHandling.Strict, options.NumberHandling);
        Assert.Equal(JsonCommentHandling.Disallow, options.ReadCommentHandling);
        Assert.False(options.AllowTrailingCommas);
        Assert.False(options.PropertyNameCaseInsensitive);
        Assert.Equal(64, options.MaxDepth);
    }

    [Fact]
    public void ConfigureForCounselingRecords_EmptyResolverChain_KeepsOtherTypesWorkingThroughReflection()
    {
        var json = JsonSerializer.Serialize(new PlainRecord("a", Instant.FromUtc(2026, 1, 5, 14, 0)), CounselingRecordsJson.Options);

        Assert.Equal("{\"name\":\"a\",\"at\":\"2026-01-05T14:00:00Z\"}", json);
    }

    [Fact]
    public void Serialize_Ids_AreTheirTextForm()
    {
        var id = ClientId.Parse("cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f");

        Assert.Equal("\"cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f\"", JsonSerializer.Serialize(id, CounselingRecordsJson.Options));
        Assert.Equal(id, JsonSerializer.Deserialize<ClientId>("\"cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f\"", CounselingRecordsJson.Options));
        Assert.Equal("null", JsonSerializer.Serialize<ClientId?>(null, CounselingRecordsJson.Options));
    }

    [Fact]
    public void Serialize_IdsAsDictionaryKeys_UseTheTextForm()
    {
        var map = new Dictionary<ClientId, int> { [ClientId.Parse("cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f")] = 3 };

        var json = JsonSerializer.Serialize(map, CounselingRecordsJson.Options);

        Assert.Equal("{\"cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f\":3}", json);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<ClientId, int>>(json, CounselingRecordsJson.Options));
    }

    [Fact]
    public void StronglyTypedIdFactory_EveryIdTypeOfTheCounselingRecordsAssemblies_IsConverted()
    {
        var assemblies = new[] { "CounselingRecords.Core", "CounselingRecords.Records", "CounselingRecords.TreatmentPlans", "CounselingRecords.Scheduling", "CounselingRecords.Policies", "CounselingRecords.Billing", "CounselingRecords.Practice" }
            .Select(Assembly.Load);
        var idTypes = assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IStronglyTypedId<>)))
            .ToList();

        Assert.True(idTypes.Count >= 36, $"Found only {idTypes.Count} id types.");
        Assert.All(idTypes, t => Assert.Contains(t, StronglyTypedIdJsonConverterFactory.SupportedTypes));
    }

    [Theory]
    [InlineData("\"cli_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0\"")]
    [InlineData("\"clin_0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f\"")]
    [InlineData("\"cli-0c2d4f1e9a8b4c7d8e6f5a4b3c2d1e0f\"")]
    [InlineData("\"cli_0c2d4f1e-9a8b-4c7d-8e6f-5a4b3c2d1e0f\"")]
    [InlineData("12")]
    [InlineData("{}")]
    public void Deserialize_NotAClientId_Refuses(string json)
    {
        Assert.Throws<CounselingRecordsJsonException>(() => JsonSerializer.Deserialize<ClientId>(json, CounselingRecordsJson.Options));
    }

    [Fact]
    public void Serialize_Enums_AreTheirDeclaredNames()
    {
        Assert.Equal("\"AudioOnly\"", JsonSerializer.Serialize(Modality.AudioOnly, CounselingRecordsJson.Options));
        Assert.Equal("\"Clinician, Supervisor\"", JsonSerializer.Serialize(Role.Clinician | Role.Supervisor, CounselingRecordsJson.Options));
        Assert.Equal(Role.Clinician | Role.Biller, JsonSerializer.Deserialize<Role>("\"Clinician, Biller\"", CounselingRecordsJson.Options));
        Assert.Equal("\"None\"", JsonSerializer.Serialize(Role.None, CounselingRecordsJson.Options));
    }

    [Theory]
    [InlineData("\"audioOnly\"")]
    [InlineData("\"Audio\"")]
    [InlineData("2")]
    [InlineData("\"2\"")]
    [InlineData("null")]
    public void Deserialize_NotAModalityName_RefusesAsUnknownEnum(string json)
    {
        var error = Assert.Throws<CounselingRecordsJsonException>(() => JsonSerializer.Deserialize<Modality>(json, CounselingRecordsJson.Options));

        Assert.Equal(SerializationErrorCodes.UnknownEnumValue, error.Code);
    }

    [Fact]
    public void Serialize_UndefinedEnumValue_IsRefused()
    {
        var error = Assert.Throws<CounselingRecordsJsonException>(() => JsonSerializer.Serialize((Modality)42, CounselingRecordsJson.Options));

        Assert.Equal(SerializationErrorCodes.UnknownEnumValue, error.Code);
    }

    [Fact]
    public void Serialize_EnumOutsideCore_IsConvertedOnDemand()
    {
        Assert.Equal("\"Saturday\"", JsonSerializer.Serialize(DayOfWeek.Saturday, CounselingRecordsJson.Options));
        Assert.Equal(IsoDayOfWeek.Friday, JsonSerializer.Deserialize<IsoDayOfWeek>("\"Friday\"", CounselingRecordsJson.Options));
    }

    [Fact]
    public void Serialize_NodaTimeValues_AreIso()
    {
        var options = CounselingRecordsJson.Options;

        Assert.Equal("\"2026-01-05T14:00:00.000000001Z\"", JsonSerializer.Serialize(Instant.FromUtc(2026, 1, 5, 14, 0) + Duration.FromNanoseconds(1), options));
        Assert.Equal("\"2026-01-05\"", JsonSerializer.Serialize(new LocalDate(2026, 1, 5), options));
        Assert.Equal("\"2026-01-05T09:00:00\"", JsonSerializer.Serialize(new LocalDateTime(2026, 1, 5, 9, 0), options));
        Assert.Equal("\"America/Chicago\"", JsonSerializer.Serialize(DateTimeZoneProviders.Tzdb["America/Chicago"], options));
        Assert.Equal("\"1:30:00\"", JsonSerializer.Serialize(Duration.FromMinutes(90), options));
    }

    [Fact]
    public void Serialize_RecordReference_IsAnObject()
    {
        var reference = new RecordReference("SessionNote", "note_0000000000000000000000000000002a");

        var json = JsonSerializer.Serialize(reference, CounselingRecordsJson.TypeInfo<RecordReference>());

        Assert.Equal("{\"recordType\":\"SessionNote\",\"recordId\":\"note_0000000000000000000000000000002a\"}", json);
        Assert.Equal(reference, JsonSerializer.Deserialize(json, CounselingRecordsJson.TypeInfo<RecordReference>()));
    }

    private sealed record PlainRecord(string Name, Instant At);
}

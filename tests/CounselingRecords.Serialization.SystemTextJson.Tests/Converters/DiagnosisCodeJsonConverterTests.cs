using System.Text.Json;
using CounselingRecords.Coding;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Converters;

public sealed class DiagnosisCodeJsonConverterTests
{
    [Theory]
    [InlineData("F41.1")]
    [InlineData("F32.A")]
    [InlineData("Z63")]
    [InlineData("T74.11XA")]
    public void RoundTrip_CanonicalCode_IsKept(string code)
    {
        var json = $"\"{code}\"";

        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<DiagnosisCode>(json, CounselingRecordsJson.Options), CounselingRecordsJson.Options));
    }

    [Theory]
    [InlineData("\"f41.1\"")]
    [InlineData("\"F411\"")]
    [InlineData("\" F41.1\"")]
    [InlineData("\"F41.12345\"")]
    [InlineData("\"\"")]
    [InlineData("41.1")]
    public void Deserialize_NonCanonicalCode_Refuses(string json)
    {
        Assert.Throws<CounselingRecordsJsonException>(() => JsonSerializer.Deserialize<DiagnosisCode>(json, CounselingRecordsJson.Options));
    }
}

using CounselingRecords.Coding;

namespace CounselingRecords.Core.Tests.Coding;

public sealed class DiagnosisCodeTests
{
    [Theory]
    [InlineData("F41.1", "F41.1", "F411")]
    [InlineData("f41.1", "F41.1", "F411")]
    [InlineData("F411", "F41.1", "F411")]
    [InlineData("F32.A", "F32.A", "F32A")]
    [InlineData("F43.10", "F43.10", "F4310")]
    [InlineData("Z63.0", "Z63.0", "Z630")]
    [InlineData("F329", "F32.9", "F329")]
    [InlineData("F99", "F99", "F99")]
    [InlineData("T74.11XA", "T74.11XA", "T7411XA")]
    [InlineData(" F41.1 ", "F41.1", "F411")]
    public void Parse_ValidCodes_Normalize(string text, string value, string compact)
    {
        var code = DiagnosisCode.Parse(text);

        Assert.Equal(value, code.Value);
        Assert.Equal(compact, code.WithoutDecimalPoint);
        Assert.Equal(value[..3], code.Category);
    }

    [Theory]
    [InlineData("")]
    [InlineData("F4")]
    [InlineData("41.1")]
    [InlineData("FF1.1")]
    [InlineData("F41.")]
    [InlineData("F41.12345")]
    [InlineData("F41-1")]
    [InlineData("F41.1.2")]
    [InlineData("296.32")]
    public void TryParse_InvalidCodes_ReturnFalse(string text)
    {
        Assert.False(DiagnosisCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DiagnosisCode.Parse(text));
    }

    [Fact]
    public void Equality_IsByNormalizedValue()
    {
        Assert.Equal(DiagnosisCode.Parse("F411"), DiagnosisCode.Parse("f41.1"));
        Assert.True(DiagnosisCode.Parse("F32.9") < DiagnosisCode.Parse("F41.1"));
        Assert.Throws<InvalidOperationException>(() => default(DiagnosisCode).Value);
    }
}

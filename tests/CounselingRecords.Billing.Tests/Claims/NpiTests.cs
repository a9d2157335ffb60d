using CounselingRecords.Billing.Claims;

namespace CounselingRecords.Billing.Tests.Claims;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893", true)]
    [InlineData("1234567890", false)]
    [InlineData("123456789", false)]
    [InlineData("12345678A3", false)]
    [InlineData(null, false)]
    public void IsValid_ChecksLengthDigitsAndTheLuhnCheckDigitWithPrefix80840(string? npi, bool valid) => Assert.Equal(valid, Npi.IsValid(npi));

    [Theory]
    [InlineData("101YP2500X", true)]
    [InlineData("106H00000X", true)]
    [InlineData("1041C0700X", true)]
    [InlineData("101YP2500", false)]
    [InlineData("101yp2500X", false)]
    [InlineData("A01YP2500X", false)]
    public void TaxonomyCodes_IsWellFormed(string code, bool valid) => Assert.Equal(valid, TaxonomyCodes.IsWellFormed(code));

    [Fact]
    public void PostalAddress_RecognizesPostOfficeBoxes()
    {
        Assert.True(new PostalAddress("P.O. Box 12", null, "Springfield", "IL", "62701").IsPostOfficeBox);
        Assert.True(new PostalAddress("Suite 3", "PO Box 12", "Springfield", "IL", "62701").IsPostOfficeBox);
        Assert.False(new PostalAddress("12 Boxwood Ln", null, "Springfield", "IL", "62701").IsPostOfficeBox);
    }
}

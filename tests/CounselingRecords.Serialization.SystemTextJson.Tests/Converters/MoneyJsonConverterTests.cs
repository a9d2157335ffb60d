using System.Text.Json;
using CounselingRecords.Finance;

namespace CounselingRecords.Serialization.SystemTextJson.Tests.Converters;

public sealed class MoneyJsonConverterTests
{
    [Theory]
    [InlineData("12.35", "USD")]
    [InlineData("0.10", "USD")]
    [InlineData("-7", "JPY")]
    [InlineData("79228162514264337593543950335", "USD")]
    [InlineData("0.0000000000000000000000000001", "USD")]
    [InlineData("1.000", "KWD")]
    public void RoundTrip_ExactDecimal_KeepsEveryDigit(string amount, string currency)
    {
        var json = $"{{\"amount\":\"{amount}\",\"currency\":\"{currency}\"}}";

        var money = JsonSerializer.Deserialize<Money>(json, CounselingRecordsJson.Options);

        Assert.Equal(amount, money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(json, JsonSerializer.Serialize(money, CounselingRecordsJson.Options));
    }

    [Theory]
    [InlineData("{\"amount\":12.35,\"currency\":\"USD\"}", SerializationErrorCodes.WrongType)]
    [InlineData("{\"amount\":\"+12.35\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\" 12.35\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"12.\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\".5\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"1e2\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"1,000.00\",\"currency\":\"USD\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"79228162514264337593543950336\",\"currency\":\"USD\"}", SerializationErrorCodes.NumberOutOfRange)]
    [InlineData("{\"amount\":\"1.00000000000000000000000000001\",\"currency\":\"USD\"}", SerializationErrorCodes.NumberOutOfRange)]
    [InlineData("{\"amount\":\"12.35\",\"currency\":\"usd\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"12.35\",\"currency\":\"US\"}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"12.35\",\"currency\":null}", SerializationErrorCodes.NullValue)]
    [InlineData("{\"amount\":\"12.35\"}", SerializationErrorCodes.MissingValue)]
    [InlineData("{\"currency\":\"USD\"}", SerializationErrorCodes.MissingValue)]
    [InlineData("{\"amount\":\"1\",\"amount\":\"2\",\"currency\":\"USD\"}", SerializationErrorCodes.UnknownProperty)]
    [InlineData("{\"amount\":\"1\",\"currency\":\"USD\",\"note\":\"x\"}", SerializationErrorCodes.UnknownProperty)]
    [InlineData("\"12.35 USD\"", SerializationErrorCodes.WrongType)]
    [InlineData("{\"amount\":\"1\",\"currency\":{\"code\":\"USD\",\"minorUnits\":3}}", SerializationErrorCodes.InvalidValue)]
    [InlineData("{\"amount\":\"1\",\"currency\":{\"code\":\"XTS\",\"minorUnits\":9}}", SerializationErrorCodes.NumberOutOfRange)]
    [InlineData("{\"amount\":\"1\",\"currency\":{\"code\":\"XTS\"}}", SerializationErrorCodes.MissingValue)]
    public void Deserialize_NotExactMoney_RefusesWithCode(string json, string code)
    {
        var error = Assert.Throws<CounselingRecordsJsonException>(() => JsonSerializer.Deserialize<Money>(json, CounselingRecordsJson.Options));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Serialize_DefaultMoney_IsRefused()
    {
        Assert.Throws<CounselingRecordsJsonException>(() => JsonSerializer.Serialize(default(Money), CounselingRecordsJson.Options));
    }
}

using CounselingRecords.Finance;

namespace CounselingRecords.Core.Tests.Finance;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(24.69, 50, 12.35)] // R6.10: 12.345 rounds half away from zero
    [InlineData(24.67, 50, 12.34)] // 12.335 -> 12.34
    [InlineData(150.00, 33.3333, 50.00)]
    [InlineData(0.01, 50, 0.01)]
    [InlineData(-24.69, 50, -12.35)]
    public void Percent_DefaultPolicy_RoundsHalfAwayFromZero(decimal amount, decimal percent, decimal expected)
    {
        Assert.Equal(Money.Usd(expected), Money.Usd(amount).Percent(percent));
    }

    [Fact]
    public void Percent_HalfToEvenPolicy_GivesBankersRounding()
    {
        Assert.Equal(Money.Usd(12.34m), Money.Usd(24.69m).Percent(50, RoundingPolicy.HalfToEven));
    }

    [Fact]
    public void Round_Yen_HasNoMinorUnit()
    {
        Assert.Equal(new Money(1235m, Currency.Jpy), new Money(1234.5m, Currency.Jpy).Round());
    }

    [Fact]
    public void Round_KuwaitiDinar_KeepsThreeDecimals()
    {
        Assert.Equal(new Money(1.235m, Currency.Kwd), new Money(1.2345m, Currency.Kwd).Round());
    }

    [Fact]
    public void Add_DifferentCurrencies_Throws()
    {
        var error = Assert.Throws<CurrencyMismatchException>(() => Money.Usd(1m) + new Money(1m, Currency.Eur));

        Assert.Equal(Currency.Usd, error.Expected);
        Assert.Equal(Currency.Eur, error.Actual);
    }

    [Fact]
    public void Compare_DifferentCurrencies_Throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => Money.Usd(1m) < new Money(2m, Currency.Gbp));
    }

    [Fact]
    public void Arithmetic_IsExact_UntilRounded()
    {
        var third = Money.Usd(100m) * (1m / 3m);

        Assert.False(third.IsRoundedToMinorUnit);
        Assert.Equal(Money.Usd(33.33m), third.Round());
    }

    [Fact]
    public void Equality_IgnoresTrailingZeros()
    {
        Assert.Equal(Money.Usd(10.0m), Money.Usd(10.00m));
        Assert.Equal(Money.Usd(10.0m).GetHashCode(), Money.Usd(10.00m).GetHashCode());
    }

    [Fact]
    public void Split_100Into3_GivesExtraCentToFirst()
    {
        Assert.Equal(new[] { Money.Usd(33.34m), Money.Usd(33.33m), Money.Usd(33.33m) }, Money.Usd(100m).Split(3));
    }

    [Fact]
    public void Allocate_ByRatios_UsesLargestRemainder()
    {
        // 0.05 by 3:7 -> exact 1.5 and 3.5 cents; equal remainders go to the earlier part.
        Assert.Equal(new[] { Money.Usd(0.02m), Money.Usd(0.03m) }, Money.Usd(0.05m).Allocate([3m, 7m]));

        // 10.00 by 1:1:1 -> 3.34, 3.33, 3.33
        Assert.Equal(new[] { Money.Usd(3.34m), Money.Usd(3.33m), Money.Usd(3.33m) }, Money.Usd(10m).Allocate([1m, 1m, 1m]));

        // Larger remainder wins: 1.00 by 0.7:0.2:0.1 of 100 cents is exact.
        Assert.Equal(new[] { Money.Usd(0.70m), Money.Usd(0.20m), Money.Usd(0.10m) }, Money.Usd(1m).Allocate([0.7m, 0.2m, 0.1m]));
    }

    [Fact]
    public void Allocate_NegativeAmount_MirrorsPositive()
    {
        Assert.Equal(new[] { Money.Usd(-3.34m), Money.Usd(-3.33m), Money.Usd(-3.33m) }, Money.Usd(-10m).Allocate([1m, 1m, 1m]));
    }

    [Fact]
    public void Allocate_InvalidRatios_Throw()
    {
        Assert.Throws<ArgumentException>(() => Money.Usd(1m).Allocate(ReadOnlySpan<decimal>.Empty));
        Assert.Throws<ArgumentException>(() => Money.Usd(1m).Allocate([0m, 0m]));
        Assert.Throws<ArgumentException>(() => Money.Usd(1m).Allocate([1m, -1m]));
        Assert.Throws<ArgumentException>(() => Money.Usd(1.005m).Allocate([1m, 1m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Usd(1m).Split(0));
    }

    [Theory]
    [InlineData("12.35 USD", 12.35, "USD")]
    [InlineData("USD 12.35", 12.35, "USD")]
    [InlineData("-5 eur", -5, "EUR")]
    [InlineData("1000 JPY", 1000, "JPY")]
    public void Parse_AcceptsAmountAndCode(string text, decimal amount, string code)
    {
        Assert.Equal(new Money(amount, Currency.FromCode(code)), Money.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12.35")]
    [InlineData("12,35 USD")]
    [InlineData("12.35 XXX")]
    [InlineData("USD")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(Money.TryParse(text, out _));
    }

    [Fact]
    public void ToString_ShowsMinorUnitDigits()
    {
        Assert.Equal("12.50 USD", Money.Usd(12.5m).ToString());
        Assert.Equal("USD 12.50", Money.Usd(12.5m).ToString("C", null));
        Assert.Equal("12.345 USD", Money.Usd(12.345m).ToString());
        Assert.Equal("1000 JPY", new Money(1000m, Currency.Jpy).ToString());
    }

    [Fact]
    public void DefaultMoney_HasNoCurrency()
    {
        Assert.Throws<InvalidOperationException>(() => default(Money).Currency);
        Assert.Throws<ArgumentException>(() => new Money(1m, default));
    }

    [Fact]
    public void Currency_FromCode_IsCaseInsensitive_AndCreateValidates()
    {
        Assert.Equal(Currency.Usd, Currency.FromCode("usd"));
        Assert.Throws<ArgumentException>(() => Currency.FromCode("ABC"));
        Assert.Throws<ArgumentException>(() => Currency.Create("usd", 2));
        Assert.Throws<ArgumentException>(() => Currency.Create("JPY", 2));
        Assert.Equal(2, Currency.Create("XTS", 2).MinorUnits);
    }

    [Fact]
    public void Sum_MixedCurrencies_Throws_AndEmptyIsZero()
    {
        Assert.Equal(Money.Zero(Currency.Usd), Money.Sum([], Currency.Usd));
        Assert.Equal(Money.Usd(3m), Money.Sum([Money.Usd(1m), Money.Usd(2m)], Currency.Usd));
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum([Money.Usd(1m), new Money(1m, Currency.Eur)], Currency.Usd));
    }

    [Fact]
    public void MinorUnits_RoundTrip()
    {
        Assert.Equal(1235L, Money.Usd(12.35m).MinorUnits);
        Assert.Equal(Money.Usd(12.35m), Money.FromMinorUnits(1235, Currency.Usd));
        Assert.Throws<InvalidOperationException>(() => Money.Usd(12.345m).MinorUnits);
    }
}

using CounselingRecords.Finance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CounselingRecords.Core.Tests.Finance;

public sealed class MoneyProperties
{
    private static readonly Currency[] Currencies = [Currency.Usd, Currency.Jpy, Currency.Kwd, Currency.Eur];

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500)]
    public bool Allocate_PartsSumExactlyToTheTotal(RoundedMoney money, Ratios ratios)
    {
        var parts = money.Value.Allocate(ratios.Values);
        return parts.Length == ratios.Values.Length
            && Money.Sum(parts, money.Value.Currency) == money.Value
            && parts.All(p => p.IsRoundedToMinorUnit);
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500)]
    public bool Allocate_NonNegativeAmount_GivesNoNegativeShare_AndZeroRatioGetsZero(RoundedMoney money, Ratios ratios)
    {
        var amount = money.Value.Abs();
        var parts = amount.Allocate(ratios.Values);
        return parts.All(p => !p.IsNegative)
            && parts.Zip(ratios.Values).Where(pair => pair.Second == 0m).All(pair => pair.First.IsZero);
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500)]
    public bool Allocate_EachShareIsWithinOneMinorUnitOfItsExactShare(RoundedMoney money, Ratios ratios)
    {
        var total = ratios.Values.Sum();
        var unit = money.Value.Currency.MinorUnitAmount;
        var parts = money.Value.Allocate(ratios.Values);
        return parts.Zip(ratios.Values).All(pair => Math.Abs(pair.First.Amount - (money.Value.Amount * pair.Second / total)) < unit);
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 500)]
    public bool Split_PartsSumExactly_AndDifferByAtMostOneMinorUnit(RoundedMoney money, PositiveInt parts)
    {
        var count = (parts.Get % 50) + 1;
        var split = money.Value.Split(count);
        var unit = money.Value.Currency.MinorUnitAmount;
        return split.Length == count
            && Money.Sum(split, money.Value.Currency) == money.Value
            && split.Max(p => p.Amount) - split.Min(p => p.Amount) <= unit;
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 300)]
    public bool CurrencyMismatch_IsAlwaysRejected(RoundedMoney left, RoundedMoney right)
    {
        if (left.Value.Currency == right.Value.Currency)
        {
            return true;
        }

        return Throws(() => _ = left.Value + right.Value)
            && Throws(() => _ = left.Value - right.Value)
            && Throws(() => _ = left.Value.CompareTo(right.Value));
    }

    [Property(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 300)]
    public bool Round_IsIdempotent_AndWithinHalfAMinorUnit(RoundedMoney money, PositiveInt scale)
    {
        var exact = money.Value * (1m / ((scale.Get % 97) + 3));
        var rounded = exact.Round();
        return rounded.Round() == rounded
            && Math.Abs(rounded.Amount - exact.Amount) <= rounded.Currency.MinorUnitAmount / 2m;
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (CurrencyMismatchException)
        {
            return true;
        }
    }

    public sealed record RoundedMoney(Money Value);

    public sealed record Ratios(decimal[] Values);

    public static class MoneyArbitraries
    {
        public static Arbitrary<RoundedMoney> RoundedAmounts() =>
            (from units in Gen.Choose(-10_000_000, 10_000_000)
             from scale in Gen.Choose(1, 1000)
             from currency in Gen.Elements(Currencies)
             select new RoundedMoney(global::CounselingRecords.Finance.Money.FromMinorUnits((long)units * scale, currency))).ToArbitrary();

        public static Arbitrary<Ratios> RatioLists() =>
            (from count in Gen.Choose(1, 80)
             from values in Gen.ArrayOf(Gen.Choose(0, 10_000).Select(v => v / 100m), count)
             where values.Any(v => v > 0m)
             select new Ratios(values)).ToArbitrary();
    }
}

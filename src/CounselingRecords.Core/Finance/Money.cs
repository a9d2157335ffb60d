using System.Collections.Immutable;
using System.Globalization;

namespace CounselingRecords.Finance;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> and an ISO 4217 <see cref="Currency"/>. Arithmetic is
/// exact and currency-safe (combining currencies throws <see cref="CurrencyMismatchException"/>); rounding
/// happens only where it is asked for, through a <see cref="RoundingPolicy"/> (half away from zero at the
/// minor unit by default, R6.10). <see cref="Allocate(ReadOnlySpan{decimal})"/> and <see cref="Split"/>
/// distribute an amount by the largest-remainder method, so the parts always add up to the whole.
/// </summary>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IFormattable
{
    private readonly Currency _currency;

    /// <summary>Initializes a new instance of the <see cref="Money"/> struct.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public Money(decimal amount, Currency currency)
    {
        if (currency.IsDefault)
        {
            throw new ArgumentException("Money needs a currency.", nameof(currency));
        }

        Amount = amount;
        _currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    /// <exception cref="InvalidOperationException">This is the default (uninitialized) value.</exception>
    public Currency Currency => _currency.IsDefault
        ? throw new InvalidOperationException("default(Money) has no currency; use Money.Zero(currency).")
        : _currency;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Gets a value indicating whether the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Gets a value indicating whether the amount has no digits below the currency's minor unit.</summary>
    public bool IsRoundedToMinorUnit => Amount * Currency.MinorUnitFactor(Currency.MinorUnits) % 1m == 0m;

    /// <summary>Gets the amount in minor units (cents for USD).</summary>
    /// <exception cref="InvalidOperationException">The amount has digits below the minor unit; round it first.</exception>
    public long MinorUnits => IsRoundedToMinorUnit
        ? decimal.ToInt64(Amount * Currency.MinorUnitFactor(Currency.MinorUnits))
        : throw new InvalidOperationException("The amount has digits below the minor unit; round it first.");

    /// <summary>Returns zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns an amount in US dollars.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The money.</returns>
    public static Money Usd(decimal amount) => new(amount, Currency.Usd);

    /// <summary>Returns the amount with the given number of minor units.</summary>
    /// <param name="minorUnits">Minor units, for example cents.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money FromMinorUnits(long minorUnits, Currency currency) =>
        new(minorUnits / Currency.MinorUnitFactor(currency.MinorUnits), currency);

    /// <summary>Adds the amounts, all of which must be in <paramref name="currency"/>.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <param name="currency">The currency of the result (and of an empty sequence).</param>
    /// <returns>The exact sum.</returns>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0m;
        foreach (var amount in amounts)
        {
            if (amount.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, amount.Currency);
            }

            total += amount.Amount;
        }

        return new Money(total, currency);
    }

    /// <summary>Rounds to the currency's minor unit (or the policy's decimals).</summary>
    /// <param name="policy">The rounding policy; <see cref="RoundingPolicy.Default"/> when null.</param>
    /// <returns>The rounded amount.</returns>
    public Money Round(RoundingPolicy? policy = null) =>
        new((policy ?? RoundingPolicy.Default).Round(Amount, Currency), Currency);

    /// <summary>Multiplies exactly, without rounding.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    public Money Multiply(decimal factor) => new(Amount * factor, Currency);

    /// <summary>Returns <paramref name="percent"/> percent of this amount, rounded by <paramref name="policy"/> (R6.10).</summary>
    /// <param name="percent">The percentage, for example 50 for half.</param>
    /// <param name="policy">The rounding policy; <see cref="RoundingPolicy.Default"/> when null.</param>
    /// <returns>The rounded share.</returns>
    public Money Percent(decimal percent, RoundingPolicy? policy = null) =>
        new Money(Amount * percent / 100m, Currency).Round(policy);

    /// <summary>Returns the absolute amount.</summary>
    /// <returns>The absolute amount.</returns>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <summary>Returns the smaller of two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money left, Money right) => left.CompareTo(right) <= 0 ? left : right;

    /// <summary>Returns the larger of two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money left, Money right) => left.CompareTo(right) >= 0 ? left : right;

    /// <summary>Adds two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.AmountIn(left.Currency), left.Currency);

    /// <summary>Subtracts two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact difference.</returns>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.AmountIn(left.Currency), left.Currency);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Multiplies exactly, without rounding.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    public static Money operator *(Money value, decimal factor) => value.Multiply(factor);

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Compares two amounts for equality (same currency and numerically equal amount).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Compares with another amount of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other) => Amount.CompareTo(other.AmountIn(Currency));

    /// <inheritdoc />
    public bool Equals(Money other) => _currency == other._currency && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_currency, Amount);

    /// <summary>Formats as <c>12.35 USD</c> (invariant culture, at least the currency's minor-unit digits).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the amount. Format <c>G</c> (default) gives <c>12.35 USD</c>; <c>N</c> gives the number alone
    /// (<c>12.35</c>); <c>C</c> gives the code first (<c>USD 12.35</c>).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">The culture for the number; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (_currency.IsDefault)
        {
            return "0 (no currency)";
        }

        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        var number = FormatNumber(provider);
        return format switch
        {
            null or "" or "G" => $"{number} {_currency.Code}",
            "N" => number,
            "C" => $"{_currency.Code} {number}",
            _ => throw new FormatException($"Unknown Money format '{format}'; use G, N or C."),
        };
    }

    /// <summary>Parses <c>12.35 USD</c> or <c>USD 12.35</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The money.</returns>
    /// <exception cref="FormatException">The text is not an amount with a known currency code.</exception>
    public static Money Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value) ? value : throw new FormatException("Expected an amount and an ISO 4217 code, for example '12.35 USD'.");
    }

    /// <summary>Tries to parse <c>12.35 USD</c> or <c>USD 12.35</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The money, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when parsing succeeded.</returns>
    public static bool TryParse(string? text, out Money value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return false;
        }

        var (numberText, codeText) = Currency.TryFromCode(parts[1], out _) ? (parts[0], parts[1]) : (parts[1], parts[0]);
        if (!Currency.TryFromCode(codeText, out var currency)
            || !decimal.TryParse(numberText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        value = new Money(amount, currency);
        return true;
    }

    private decimal AmountIn(Currency expected)
    {
        var currency = Currency;
        if (currency != expected)
        {
            throw new CurrencyMismatchException(expected, currency);
        }

        return Amount;
    }

    private string FormatNumber(IFormatProvider provider)
    {
        var minor = _currency.MinorUnits;
        var scale = (decimal.GetBits(Amount)[3] >> 16) & 0xFF;
        var digits = Math.Max(minor, scale);
        return Amount.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), provider);
    }
}

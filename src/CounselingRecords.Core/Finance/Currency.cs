using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CounselingRecords.Finance;

/// <summary>
/// An ISO 4217 currency: its three-letter code and the number of digits of its minor unit
/// (2 for USD, 0 for JPY, 3 for KWD). Equality is by code.
/// </summary>
public readonly struct Currency : IEquatable<Currency>
{
    private static readonly FrozenDictionary<string, int> Known = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["AED"] = 2, ["ARS"] = 2, ["AUD"] = 2, ["BHD"] = 3, ["BRL"] = 2, ["CAD"] = 2, ["CHF"] = 2, ["CLP"] = 0,
        ["CNY"] = 2, ["COP"] = 2, ["CZK"] = 2, ["DKK"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["HKD"] = 2, ["HUF"] = 2,
        ["IDR"] = 2, ["ILS"] = 2, ["INR"] = 2, ["IQD"] = 3, ["ISK"] = 0, ["JOD"] = 3, ["JPY"] = 0, ["KRW"] = 0,
        ["KWD"] = 3, ["LYD"] = 3, ["MXN"] = 2, ["MYR"] = 2, ["NOK"] = 2, ["NZD"] = 2, ["OMR"] = 3, ["PHP"] = 2,
        ["PLN"] = 2, ["PYG"] = 0, ["SAR"] = 2, ["SEK"] = 2, ["SGD"] = 2, ["THB"] = 2, ["TND"] = 3, ["TRY"] = 2,
        ["TWD"] = 2, ["UGX"] = 0, ["USD"] = 2, ["UYU"] = 2, ["VND"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["ZAR"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string? _code;
    private readonly int _minorUnits;

    private Currency(string code, int minorUnits)
    {
        _code = code;
        _minorUnits = minorUnits;
    }

    /// <summary>Gets the US dollar.</summary>
    public static Currency Usd { get; } = new("USD", 2);

    /// <summary>Gets the euro.</summary>
    public static Currency Eur { get; } = new("EUR", 2);

    /// <summary>Gets the pound sterling.</summary>
    public static Currency Gbp { get; } = new("GBP", 2);

    /// <summary>Gets the Canadian dollar.</summary>
    public static Currency Cad { get; } = new("CAD", 2);

    /// <summary>Gets the Japanese yen (no minor unit).</summary>
    public static Currency Jpy { get; } = new("JPY", 0);

    /// <summary>Gets the Kuwaiti dinar (three-digit minor unit).</summary>
    public static Currency Kwd { get; } = new("KWD", 3);

    /// <summary>Gets the ISO 4217 alphabetic code, for example <c>USD</c>.</summary>
    /// <exception cref="InvalidOperationException">This is the default (uninitialized) value.</exception>
    public string Code => _code ?? throw new InvalidOperationException("The default Currency has no code; use Currency.FromCode.");

    /// <summary>Gets the number of decimal digits of the minor unit (2 for cents).</summary>
    public int MinorUnits => _minorUnits;

    /// <summary>Gets a value indicating whether this is the default value, which names no currency.</summary>
    public bool IsDefault => _code is null;

    /// <summary>Gets the smallest amount of this currency, for example 0.01 for USD.</summary>
    public decimal MinorUnitAmount => _minorUnits switch
    {
        0 => 1m,
        1 => 0.1m,
        2 => 0.01m,
        3 => 0.001m,
        _ => 0.0001m,
    };

    /// <summary>Returns the currency with the given ISO 4217 code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException">The code is not a currency this library knows; use <see cref="Create"/>.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a known ISO 4217 currency code; use Currency.Create for others.", nameof(code));
    }

    /// <summary>Tries to find the currency with the given ISO 4217 code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        if (code is null || code.Length != 3)
        {
            return false;
        }

        var upper = code.ToUpperInvariant();
        if (!Known.TryGetValue(upper, out var minor))
        {
            return false;
        }

        currency = new Currency(upper, minor);
        return true;
    }

    /// <summary>Creates a currency that is not in the built-in table.</summary>
    /// <param name="code">Three ASCII uppercase letters.</param>
    /// <param name="minorUnits">Digits of the minor unit, 0 to 4.</param>
    /// <returns>The currency.</returns>
    public static Currency Create(string code, int minorUnits)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("A currency code is three ASCII uppercase letters.", nameof(code));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minorUnits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minorUnits, 4);
        if (Known.TryGetValue(code, out var known) && known != minorUnits)
        {
            throw new ArgumentException($"{code} has {known} minor-unit digits in ISO 4217.", nameof(minorUnits));
        }

        return new Currency(code, minorUnits);
    }

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies by code.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Currency other) => string.Equals(_code, other._code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _code is null ? 0 : StringComparer.Ordinal.GetHashCode(_code);

    /// <summary>Returns the ISO code.</summary>
    /// <returns>The code, or an empty string for the default value.</returns>
    public override string ToString() => _code ?? string.Empty;

    internal static decimal MinorUnitFactor(int minorUnits) => minorUnits switch
    {
        0 => 1m,
        1 => 10m,
        2 => 100m,
        3 => 1000m,
        _ => 10000m,
    };
}

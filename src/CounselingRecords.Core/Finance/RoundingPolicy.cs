namespace CounselingRecords.Finance;

/// <summary>
/// How amounts are rounded: the midpoint rule and the number of decimals. The default, per R6.10, rounds
/// half away from zero to the currency's minor unit (50 % of 24.69 USD is 12.35, not the 12.34 that
/// .NET's default banker's rounding gives). Jurisdictions that require another rule supply their own policy.
/// </summary>
public sealed class RoundingPolicy : IEquatable<RoundingPolicy>
{
    /// <summary>Initializes a new instance of the <see cref="RoundingPolicy"/> class.</summary>
    /// <param name="mode">The midpoint rule.</param>
    /// <param name="decimals">Decimals to keep; <see langword="null"/> means the currency's minor unit.</param>
    public RoundingPolicy(MidpointRounding mode, int? decimals = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown midpoint rounding mode.");
        }

        if (decimals is < 0 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 28.");
        }

        Mode = mode;
        Decimals = decimals;
    }

    /// <summary>Gets the default policy: half away from zero at the currency's minor unit (R6.10).</summary>
    public static RoundingPolicy Default { get; } = new(MidpointRounding.AwayFromZero);

    /// <summary>Gets banker's rounding (half to even) at the currency's minor unit.</summary>
    public static RoundingPolicy HalfToEven { get; } = new(MidpointRounding.ToEven);

    /// <summary>Gets the midpoint rule.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Gets the decimals to keep, or <see langword="null"/> for the currency's minor unit.</summary>
    public int? Decimals { get; }

    /// <summary>Rounds an amount of the given currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency whose minor unit applies when <see cref="Decimals"/> is not set.</param>
    /// <returns>The rounded amount.</returns>
    public decimal Round(decimal amount, Currency currency) => Math.Round(amount, Decimals ?? currency.MinorUnits, Mode);

    /// <inheritdoc />
    public bool Equals(RoundingPolicy? other) => other is not null && Mode == other.Mode && Decimals == other.Decimals;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoundingPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mode, Decimals);

    /// <inheritdoc />
    public override string ToString() => Decimals is { } d ? $"{Mode} to {d} decimals" : $"{Mode} to the minor unit";

    /// <summary>Compares two policies.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RoundingPolicy? left, RoundingPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two policies.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RoundingPolicy? left, RoundingPolicy? right) => !(left == right);
}

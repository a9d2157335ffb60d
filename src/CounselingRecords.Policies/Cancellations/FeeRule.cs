using CounselingRecords.Finance;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// The fee for one kind of event (late cancellation or no-show): the full session fee, a percentage of it, or a
/// flat amount (R4.2). Percentages are rounded half away from zero to the minor unit (R6.10).
/// </summary>
public sealed class FeeRule
{
    /// <summary>Initializes a new instance of the <see cref="FeeRule"/> class.</summary>
    /// <param name="kind">How the fee is priced.</param>
    /// <param name="percentage">The percentage of the session fee for <see cref="FeeKind.PercentageOfSessionFee"/> (above 0); 0 otherwise.</param>
    /// <param name="amount">The amount for <see cref="FeeKind.FlatAmount"/> (above 0); <see langword="null"/> otherwise.</param>
    public FeeRule(FeeKind kind, decimal percentage, Money? amount)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fee kind.");
        }

        if (kind == FeeKind.PercentageOfSessionFee ? percentage <= 0m : percentage != 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(percentage), percentage, "A percentage fee needs a percentage above 0; other fees take 0.");
        }

        if (kind == FeeKind.FlatAmount ? amount is not { IsPositive: true } : amount is not null)
        {
            throw new ArgumentException("A flat fee needs an amount above zero; other fees take none.", nameof(amount));
        }

        Kind = kind;
        Percentage = percentage;
        Amount = amount;
    }

    /// <summary>Gets no fee.</summary>
    public static FeeRule None { get; } = new(FeeKind.None, 0m, null);

    /// <summary>Gets the full session fee.</summary>
    public static FeeRule FullSessionFee { get; } = new(FeeKind.FullSessionFee, 0m, null);

    /// <summary>Gets how the fee is priced.</summary>
    public FeeKind Kind { get; }

    /// <summary>Gets the percentage for a percentage fee.</summary>
    public decimal Percentage { get; }

    /// <summary>Gets the amount of a flat fee.</summary>
    public Money? Amount { get; }

    /// <summary>Creates a percentage-of-session-fee rule.</summary>
    /// <param name="percentage">The percentage, for example 50.</param>
    /// <returns>The rule.</returns>
    public static FeeRule PercentOfSessionFee(decimal percentage) => new(FeeKind.PercentageOfSessionFee, percentage, null);

    /// <summary>Creates a flat-fee rule.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The rule.</returns>
    public static FeeRule Flat(Money amount) => new(FeeKind.FlatAmount, 0m, amount);

    /// <summary>Computes the fee for a session fee, before caps.</summary>
    /// <param name="sessionFee">The session fee.</param>
    /// <returns>The fee.</returns>
    public Money Compute(Money sessionFee) => Kind switch
    {
        FeeKind.FullSessionFee => sessionFee,
        FeeKind.PercentageOfSessionFee => sessionFee.Percent(Percentage),
        FeeKind.FlatAmount => Amount!.Value,
        _ => Money.Zero(sessionFee.Currency),
    };

    /// <summary>Describes the fee for people, for example <c>50% of the session fee</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe() => Kind switch
    {
        FeeKind.FullSessionFee => "the full session fee",
        FeeKind.PercentageOfSessionFee => $"{Policies.Describe.Number(Percentage)}% of the session fee",
        FeeKind.FlatAmount => $"a flat fee of {Amount!.Value}",
        _ => "no fee",
    };

    /// <inheritdoc />
    public override string ToString() => Describe();
}

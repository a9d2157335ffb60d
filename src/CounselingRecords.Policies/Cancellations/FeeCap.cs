using CounselingRecords.Finance;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// Upper limits on a late-cancellation or no-show fee: at most the session fee ("not to exceed the amount of the
/// lost fees", R4.8) and/or an absolute maximum (for example 200 USD, R4.2).
/// </summary>
public sealed class FeeCap
{
    /// <summary>Initializes a new instance of the <see cref="FeeCap"/> class.</summary>
    /// <param name="capAtSessionFee">Whether a fee may not exceed the session fee.</param>
    /// <param name="maximum">An absolute maximum, if any; not negative.</param>
    public FeeCap(bool capAtSessionFee, Money? maximum)
    {
        if (maximum is { IsNegative: true })
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "A fee cap cannot be negative.");
        }

        CapAtSessionFee = capAtSessionFee;
        Maximum = maximum;
    }

    /// <summary>Gets no cap.</summary>
    public static FeeCap None { get; } = new(false, null);

    /// <summary>Gets the cap at the session fee (R4.8).</summary>
    public static FeeCap AtSessionFee { get; } = new(true, null);

    /// <summary>Gets a value indicating whether a fee may not exceed the session fee.</summary>
    public bool CapAtSessionFee { get; }

    /// <summary>Gets the absolute maximum, if any.</summary>
    public Money? Maximum { get; }

    /// <summary>Creates an absolute cap.</summary>
    /// <param name="maximum">The maximum.</param>
    /// <param name="alsoAtSessionFee">Whether the session fee caps too.</param>
    /// <returns>The cap.</returns>
    public static FeeCap AtMost(Money maximum, bool alsoAtSessionFee = false) => new(alsoAtSessionFee, maximum);

    /// <inheritdoc />
    public override string ToString() => (CapAtSessionFee, Maximum) switch
    {
        (false, null) => "no cap",
        (true, null) => "at most the session fee",
        (false, { } m) => $"at most {m}",
        (true, { } m) => $"at most the session fee and at most {m}",
    };
}

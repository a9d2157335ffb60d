namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// A first-occurrence waiver (R4.3): the first <see cref="Occurrences"/> late cancellations or no-shows within
/// a rolling <see cref="RollingMonths"/> months are not charged. Prior events count when the appointment started
/// on or after the same local date and time <see cref="RollingMonths"/> months before this appointment; events
/// excused by an exception do not count.
/// </summary>
public sealed class GraceRule
{
    /// <summary>Initializes a new instance of the <see cref="GraceRule"/> class.</summary>
    /// <param name="occurrences">How many events in the period are forgiven (at least 1).</param>
    /// <param name="rollingMonths">The rolling period in months (at least 1).</param>
    public GraceRule(int occurrences, int rollingMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(occurrences, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rollingMonths, 1);
        Occurrences = occurrences;
        RollingMonths = rollingMonths;
    }

    /// <summary>Gets how many events in the period are forgiven.</summary>
    public int Occurrences { get; }

    /// <summary>Gets the rolling period in months.</summary>
    public int RollingMonths { get; }

    /// <summary>Creates the common rule: the first event in <paramref name="rollingMonths"/> months is forgiven.</summary>
    /// <param name="rollingMonths">The rolling period.</param>
    /// <returns>The rule.</returns>
    public static GraceRule FirstIn(int rollingMonths) => new(1, rollingMonths);

    /// <inheritdoc />
    public override string ToString() => $"first {Occurrences} in {RollingMonths} months forgiven";
}

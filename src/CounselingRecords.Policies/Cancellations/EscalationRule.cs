namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// An escalation after repeated events: when this event makes <see cref="Threshold"/> or more counted events
/// within a rolling <see cref="RollingMonths"/> months (this one included), <see cref="Action"/> is triggered.
/// Events excused by an exception and provider cancellations never count.
/// </summary>
public sealed class EscalationRule
{
    /// <summary>Initializes a new instance of the <see cref="EscalationRule"/> class.</summary>
    /// <param name="threshold">How many events trigger the action (at least 1).</param>
    /// <param name="rollingMonths">The rolling period in months (at least 1).</param>
    /// <param name="counts">Which events count.</param>
    /// <param name="action">The action.</param>
    public EscalationRule(int threshold, int rollingMonths, OccurrenceKinds counts, EscalationAction action)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rollingMonths, 1);
        if (counts == OccurrenceKinds.None || (counts & ~OccurrenceKinds.Both) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(counts), counts, "An escalation must count late cancellations, no-shows or both.");
        }

        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown escalation action.");
        }

        Threshold = threshold;
        RollingMonths = rollingMonths;
        Counts = counts;
        Action = action;
    }

    /// <summary>Gets how many events trigger the action.</summary>
    public int Threshold { get; }

    /// <summary>Gets the rolling period in months.</summary>
    public int RollingMonths { get; }

    /// <summary>Gets which events count.</summary>
    public OccurrenceKinds Counts { get; }

    /// <summary>Gets the action.</summary>
    public EscalationAction Action { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Action} after {Threshold} ({Counts}) in {RollingMonths} months";
}

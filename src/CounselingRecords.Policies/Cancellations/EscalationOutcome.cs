namespace CounselingRecords.Policies.Cancellations;

/// <summary>An escalation a decision triggered: the action, the rule, how many counted events there were and why, in words.</summary>
public sealed record EscalationOutcome
{
    /// <summary>Initializes a new instance of the <see cref="EscalationOutcome"/> class.</summary>
    /// <param name="action">The action to take.</param>
    /// <param name="rule">The escalation rule that triggered.</param>
    /// <param name="count">The counted events in the rule's period, this one included.</param>
    /// <param name="explanation">A sentence a client could read.</param>
    public EscalationOutcome(EscalationAction action, EscalationRule rule, int count, string explanation)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(explanation);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Action = action;
        Rule = rule;
        Count = count;
        Explanation = explanation;
    }

    /// <summary>Gets the action to take.</summary>
    public EscalationAction Action { get; }

    /// <summary>Gets the escalation rule that triggered.</summary>
    public EscalationRule Rule { get; }

    /// <summary>Gets the counted events, this one included.</summary>
    public int Count { get; }

    /// <summary>Gets a sentence a client could read.</summary>
    public string Explanation { get; }
}

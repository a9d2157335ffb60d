namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// An item whose answer raises a flag regardless of the total, for example PHQ-9 item 9 at or above 1 raises
/// the safety flag, which needs a same-day risk assessment (R8.2). The flag is separate from the severity band.
/// </summary>
public sealed record CriticalItemRule
{
    /// <summary>Initializes a new instance of the <see cref="CriticalItemRule"/> class.</summary>
    /// <param name="itemNumber">The item.</param>
    /// <param name="threshold">The lowest answer that raises the flag.</param>
    /// <param name="flagCode">A stable code of the flag, for example <c>safety</c>.</param>
    /// <param name="description">What the flag asks for, for people.</param>
    /// <param name="ruleId">The rule the flag rests on, for example <c>R8.2</c>.</param>
    public CriticalItemRule(int itemNumber, int threshold, string flagCode, string description, string? ruleId)
    {
        ItemNumber = itemNumber;
        Threshold = threshold;
        FlagCode = Internal.Required(flagCode, nameof(flagCode));
        Description = Internal.Required(description, nameof(description));
        RuleId = ruleId;
    }

    /// <summary>Gets the item number.</summary>
    public int ItemNumber { get; }

    /// <summary>Gets the lowest answer that raises the flag.</summary>
    public int Threshold { get; }

    /// <summary>Gets the stable code of the flag.</summary>
    public string FlagCode { get; }

    /// <summary>Gets what the flag asks for.</summary>
    public string Description { get; }

    /// <summary>Gets the rule the flag rests on.</summary>
    public string? RuleId { get; }

    /// <summary>Returns whether <paramref name="answer"/> raises the flag.</summary>
    /// <param name="answer">The item's answer.</param>
    /// <returns><see langword="true"/> when the answer is at or above <see cref="Threshold"/>.</returns>
    public bool IsRaisedBy(int answer) => answer >= Threshold;
}

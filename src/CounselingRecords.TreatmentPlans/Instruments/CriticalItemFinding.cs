using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>A critical item whose answer raised its flag, for example PHQ-9 item 9 answered 1 (R8.2).</summary>
[ProtectedHealthInformation]
public sealed record CriticalItemFinding
{
    /// <summary>Initializes a new instance of the <see cref="CriticalItemFinding"/> class.</summary>
    /// <param name="itemNumber">The item.</param>
    /// <param name="answer">The answer given.</param>
    /// <param name="threshold">The threshold it reached.</param>
    /// <param name="flagCode">The flag raised.</param>
    /// <param name="description">What the flag asks for.</param>
    /// <param name="ruleId">The rule the flag rests on.</param>
    public CriticalItemFinding(int itemNumber, int answer, int threshold, string flagCode, string description, string? ruleId)
    {
        ItemNumber = itemNumber;
        Answer = answer;
        Threshold = threshold;
        FlagCode = Internal.Required(flagCode, nameof(flagCode));
        Description = Internal.Required(description, nameof(description));
        RuleId = ruleId;
    }

    /// <summary>Gets the item number.</summary>
    public int ItemNumber { get; }

    /// <summary>Gets the answer given.</summary>
    public int Answer { get; }

    /// <summary>Gets the threshold the answer reached.</summary>
    public int Threshold { get; }

    /// <summary>Gets the flag raised, for example <c>safety</c>.</summary>
    public string FlagCode { get; }

    /// <summary>Gets what the flag asks for.</summary>
    public string Description { get; }

    /// <summary>Gets the rule the flag rests on.</summary>
    public string? RuleId { get; }

    /// <inheritdoc />
    public override string ToString() => nameof(CriticalItemFinding);
}

namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// A screening cut-off on the total, for example PHQ-9 ≥ 10 for major depression (R8.1) or GAD-7 ≥ 10 (or ≥ 8)
/// for further evaluation (R8.3). Met when the total is at or above <see cref="Threshold"/>.
/// </summary>
public sealed record InstrumentCutOff
{
    /// <summary>Initializes a new instance of the <see cref="InstrumentCutOff"/> class.</summary>
    /// <param name="code">A stable code, for example <c>further-evaluation</c>.</param>
    /// <param name="threshold">The lowest total that meets the cut-off.</param>
    /// <param name="description">What meeting it means, for people.</param>
    /// <param name="ruleId">The rule it rests on, for example <c>R8.3</c>.</param>
    public InstrumentCutOff(string code, int threshold, string description, string? ruleId)
    {
        Code = Internal.Required(code, nameof(code));
        Threshold = threshold;
        Description = Internal.Required(description, nameof(description));
        RuleId = ruleId;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the lowest total that meets the cut-off.</summary>
    public int Threshold { get; }

    /// <summary>Gets what meeting it means.</summary>
    public string Description { get; }

    /// <summary>Gets the rule it rests on.</summary>
    public string? RuleId { get; }

    /// <summary>Returns whether <paramref name="total"/> meets the cut-off.</summary>
    /// <param name="total">The total.</param>
    /// <returns><see langword="true"/> when total ≥ <see cref="Threshold"/>.</returns>
    public bool IsMetBy(int total) => total >= Threshold;
}

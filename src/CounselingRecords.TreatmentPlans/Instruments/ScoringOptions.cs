namespace CounselingRecords.TreatmentPlans.Instruments;

/// <summary>
/// How a response with unanswered scored items is handled (R8.4). By default it is not scored. Prorating
/// (total = sum of the answered scored items × scored item count ÷ answered scored item count, rounded half away
/// from zero) is an unverified convention and applies only when a caller opts in, and only up to the
/// instrument's <see cref="InstrumentDefinition.MaximumProratedItems"/> (2 for the PHQ-9, none for the GAD-7).
/// </summary>
public sealed record ScoringOptions
{
    /// <summary>Initializes a new instance of the <see cref="ScoringOptions"/> class.</summary>
    /// <param name="allowProrating">Whether missing items may be prorated.</param>
    public ScoringOptions(bool allowProrating) => AllowProrating = allowProrating;

    /// <summary>Gets the default: missing scored items mean the response is not scored.</summary>
    public static ScoringOptions Default { get; } = new(allowProrating: false);

    /// <summary>Gets the opt-in prorating options.</summary>
    public static ScoringOptions WithProrating { get; } = new(allowProrating: true);

    /// <summary>Gets a value indicating whether missing items may be prorated.</summary>
    public bool AllowProrating { get; }
}

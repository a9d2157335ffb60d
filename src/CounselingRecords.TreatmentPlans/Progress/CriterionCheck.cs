using CounselingRecords.Privacy;

namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>
/// One test applied by a progress evaluation: whether it applied, whether it was met, the rule, the threshold
/// and the numbers observed, so that a reader can redo the arithmetic.
/// </summary>
[ProtectedHealthInformation]
public sealed record CriterionCheck
{
    /// <summary>Initializes a new instance of the <see cref="CriterionCheck"/> class.</summary>
    /// <param name="criterion">The test.</param>
    /// <param name="applicable">Whether the rule assesses it for this baseline.</param>
    /// <param name="met">Whether it was met (never when not applicable).</param>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="threshold">The threshold, in words and numbers.</param>
    /// <param name="observed">The numbers observed.</param>
    public CriterionCheck(ProgressCriterion criterion, bool applicable, bool met, string ruleId, string threshold, string observed)
    {
        if (met && !applicable)
        {
            throw new ArgumentException("A criterion that does not apply cannot be met.", nameof(met));
        }

        Criterion = criterion;
        Applicable = applicable;
        Met = met;
        RuleId = Internal.Required(ruleId, nameof(ruleId));
        Threshold = Internal.Required(threshold, nameof(threshold));
        Observed = Internal.Required(observed, nameof(observed));
    }

    /// <summary>Gets the test.</summary>
    public ProgressCriterion Criterion { get; }

    /// <summary>Gets a value indicating whether the rule assesses it for this baseline.</summary>
    public bool Applicable { get; }

    /// <summary>Gets a value indicating whether it was met.</summary>
    public bool Met { get; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the threshold, in words and numbers.</summary>
    public string Threshold { get; }

    /// <summary>Gets the numbers observed.</summary>
    public string Observed { get; }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"CriterionCheck {Criterion} ({RuleId})");
}

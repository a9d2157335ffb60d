namespace CounselingRecords.TreatmentPlans.Progress;

/// <summary>One test a <see cref="ProgressEvaluation"/> applies, in evaluation order (R8.8).</summary>
public enum ProgressCriterion
{
    /// <summary>The score rose by at least the reliable-change threshold.</summary>
    ReliableDeterioration,

    /// <summary>The score is below the remission threshold (with the baseline and paired conditions of the rule).</summary>
    Remission,

    /// <summary>The score fell by at least the response percentage of the baseline.</summary>
    Response,

    /// <summary>The score fell by at least the reliable-change threshold.</summary>
    ReliableImprovement,

    /// <summary>The paired measure rose by at least its reliable-change threshold, which cancels reliable improvement (R8.6).</summary>
    PairedDeterioration,
}

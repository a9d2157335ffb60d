namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>
/// When an objective becomes achieved by itself as evidence is recorded. The classification rules need an
/// instrument-measured objective and the progress preset the host configured (R8.8).
/// </summary>
public enum AutoAchieveRule
{
    /// <summary>Never; only a clinician marks the objective achieved.</summary>
    Off,

    /// <summary>When the latest value reaches the target (at or below a lower target, at or above a higher one).</summary>
    TargetReached,

    /// <summary>When the progress classification is at least <c>ReliablyImproved</c>.</summary>
    ReliableImprovement,

    /// <summary>When the progress classification is at least <c>Response</c>.</summary>
    Response,

    /// <summary>When the progress classification is <c>Remitted</c>.</summary>
    Remission,
}

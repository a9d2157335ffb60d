namespace CounselingRecords.TreatmentPlans.Measurements;

/// <summary>What a recorded measurement did to an objective with an automatic-achievement rule.</summary>
public enum AutoAchievementOutcome
{
    /// <summary>The rule was met; the objective is now achieved.</summary>
    Achieved,

    /// <summary>The rule was not met.</summary>
    NotMet,

    /// <summary>The rule was met but the latest administration raised the safety flag (R8.2); a clinician decides.</summary>
    HeldForSafetyFlag,

    /// <summary>The rule could not be evaluated (no follow-up score, no rule for the instrument in the preset).</summary>
    NotEvaluable,

    /// <summary>The objective is already achieved or discontinued.</summary>
    AlreadyClosed,
}

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>What kind of material change makes a plan review due (R7.13: review on material change).</summary>
public enum MaterialChangeKind
{
    /// <summary>A diagnosis was added, changed or resolved.</summary>
    DiagnosisChanged,

    /// <summary>The level of care changed (for example to intensive outpatient).</summary>
    LevelOfCareChanged,

    /// <summary>A safety event (crisis, risk assessment with elevated risk, self-harm).</summary>
    SafetyEvent,

    /// <summary>A hospitalization.</summary>
    Hospitalization,

    /// <summary>The client asked for the plan to be reconsidered.</summary>
    ClientRequest,

    /// <summary>Another change the clinician considers material.</summary>
    Other,
}

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Why a plan review is due.</summary>
public enum ReviewDueReason
{
    /// <summary>The cadence's interval runs out.</summary>
    Periodic,

    /// <summary>A material change was recorded since the last review or revision.</summary>
    MaterialChange,
}

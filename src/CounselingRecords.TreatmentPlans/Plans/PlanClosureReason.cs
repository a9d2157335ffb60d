namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Why a plan was closed.</summary>
public enum PlanClosureReason
{
    /// <summary>Treatment completed; the goals were met.</summary>
    GoalsMet,

    /// <summary>The client ended treatment.</summary>
    ClientWithdrew,

    /// <summary>Care moved to another clinician or program within the practice.</summary>
    Transferred,

    /// <summary>The client was referred out.</summary>
    Referred,

    /// <summary>Another reason, stated in the note.</summary>
    Other,
}

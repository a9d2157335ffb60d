namespace CounselingRecords.TreatmentPlans.Statuses;

/// <summary>Where a goal or objective stands. Every change is kept with its date and reason.</summary>
public enum ProgressStatus
{
    /// <summary>Not worked on yet (the status of every new goal and objective).</summary>
    NotStarted,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Reached.</summary>
    Achieved,

    /// <summary>Partly reached (typically recorded at a review or at discharge).</summary>
    PartiallyAchieved,

    /// <summary>Rewritten by a plan revision (set by the revision, never by hand).</summary>
    Revised,

    /// <summary>No longer pursued (set by hand with a reason, or when a revision removes it).</summary>
    Discontinued,
}

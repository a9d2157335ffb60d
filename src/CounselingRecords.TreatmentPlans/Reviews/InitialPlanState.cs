namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Where a client's initial treatment plan stands against its deadline on a date (R7.13).</summary>
public enum InitialPlanState
{
    /// <summary>No plan yet and the deadline is later (or not yet fixed).</summary>
    NotDue,

    /// <summary>No plan yet and today is the deadline: still on time today.</summary>
    Due,

    /// <summary>No plan yet and the deadline has passed.</summary>
    Overdue,

    /// <summary>The plan was completed on or before the deadline.</summary>
    CompletedOnTime,

    /// <summary>The plan was completed after the deadline.</summary>
    CompletedLate,
}

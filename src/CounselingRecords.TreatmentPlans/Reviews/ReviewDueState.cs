namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>Where a plan stands with its review on a given date.</summary>
public enum ReviewDueState
{
    /// <summary>The review is due later.</summary>
    NotDue,

    /// <summary>The review is due today.</summary>
    Due,

    /// <summary>The due date has passed.</summary>
    Overdue,

    /// <summary>The plan is closed; no review is due.</summary>
    NotApplicable,
}

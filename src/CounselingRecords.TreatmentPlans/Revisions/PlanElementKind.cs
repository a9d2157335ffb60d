namespace CounselingRecords.TreatmentPlans.Revisions;

/// <summary>The kind of plan element a diff entry is about.</summary>
public enum PlanElementKind
{
    /// <summary>The plan's own fields (estimated duration, supervisor requirement).</summary>
    Plan,

    /// <summary>A problem.</summary>
    Problem,

    /// <summary>A goal.</summary>
    Goal,

    /// <summary>An objective.</summary>
    Objective,

    /// <summary>An intervention.</summary>
    Intervention,
}

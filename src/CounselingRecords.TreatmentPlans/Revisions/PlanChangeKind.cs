namespace CounselingRecords.TreatmentPlans.Revisions;

/// <summary>How an element differs between two plan versions.</summary>
public enum PlanChangeKind
{
    /// <summary>In the later version only.</summary>
    Added,

    /// <summary>In both, with at least one field different.</summary>
    Changed,

    /// <summary>In the earlier version only.</summary>
    Removed,
}

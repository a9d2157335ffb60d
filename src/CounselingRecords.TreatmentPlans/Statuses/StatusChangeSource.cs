namespace CounselingRecords.TreatmentPlans.Statuses;

/// <summary>What made a status change.</summary>
public enum StatusChangeSource
{
    /// <summary>A clinician changed it.</summary>
    Clinician,

    /// <summary>A plan revision changed, removed or reinstated the goal or objective.</summary>
    Revision,

    /// <summary>The objective's automatic-achievement rule was met by recorded evidence.</summary>
    Rule,
}

namespace CounselingRecords.Policies.Complaints;

/// <summary>Whom a complaint is against.</summary>
public enum ComplaintSubjectKind
{
    /// <summary>A clinician.</summary>
    Clinician,

    /// <summary>A staff member who is not a clinician.</summary>
    StaffMember,

    /// <summary>The practice as a whole (its policies, processes or premises).</summary>
    Practice,
}

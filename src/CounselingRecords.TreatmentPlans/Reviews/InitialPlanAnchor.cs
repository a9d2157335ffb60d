namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>The event an initial treatment-plan deadline counts from (R7.13).</summary>
public enum InitialPlanAnchor
{
    /// <summary>The client's first contact (Montana outpatient, ARM 37.106.1440).</summary>
    FirstContact,

    /// <summary>The admission to the program or clinic (New York OMH clinics, 14 NYCRR 599.10).</summary>
    Admission,

    /// <summary>The authorization of services (Texas comprehensive provider agencies, 26 TAC 354.2609).</summary>
    Authorization,
}

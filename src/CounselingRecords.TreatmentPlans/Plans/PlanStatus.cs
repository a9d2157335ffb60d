namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>Whether a plan is in use.</summary>
public enum PlanStatus
{
    /// <summary>In use: it is revised, reviewed, signed and measured against.</summary>
    Active,

    /// <summary>Closed (discharge, transfer, withdrawal); its history stays readable.</summary>
    Closed,
}

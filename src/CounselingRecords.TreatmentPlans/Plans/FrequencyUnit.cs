namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>The period a service frequency counts sessions in.</summary>
public enum FrequencyUnit
{
    /// <summary>Per day.</summary>
    Day,

    /// <summary>Per week.</summary>
    Week,

    /// <summary>Per month.</summary>
    Month,
}

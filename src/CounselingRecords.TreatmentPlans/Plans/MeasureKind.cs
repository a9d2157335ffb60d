namespace CounselingRecords.TreatmentPlans.Plans;

/// <summary>How an objective is measured.</summary>
public enum MeasureKind
{
    /// <summary>A total score of an instrument such as the PHQ-9 or GAD-7.</summary>
    InstrumentScore,

    /// <summary>A count of events in a period, for example panic attacks per week.</summary>
    FrequencyCount,

    /// <summary>A rating by the clinician on a stated scale.</summary>
    ClinicianRating,
}

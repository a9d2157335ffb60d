namespace CounselingRecords.Scheduling.Availability;

/// <summary>What an availability exception does (S2.3).</summary>
public enum AvailabilityExceptionKind
{
    /// <summary>The clinician is away: the time is removed from availability.</summary>
    TimeOff,

    /// <summary>The clinician works outside the weekly schedule: the time is added.</summary>
    ExtraHours,

    /// <summary>A holiday or closure: the whole local day is removed.</summary>
    Holiday,
}

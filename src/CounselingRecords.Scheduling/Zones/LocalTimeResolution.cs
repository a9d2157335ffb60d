namespace CounselingRecords.Scheduling.Zones;

/// <summary>How a local date-time was turned into an instant in its zone (rule S1.3).</summary>
public enum LocalTimeResolution
{
    /// <summary>The local time exists exactly once in the zone.</summary>
    Exact,

    /// <summary>The local time fell in a spring-forward gap and was shifted forward by the gap's length (02:30 becomes 03:30 in New York).</summary>
    GapShiftedForward,

    /// <summary>The local time occurs twice in an autumn overlap; the earlier instant (the offset in force before the change) was taken.</summary>
    OverlapEarlier,
}

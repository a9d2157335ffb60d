namespace CounselingRecords.Policies.Cancellations;

/// <summary>Which chargeable events a rule counts.</summary>
[Flags]
public enum OccurrenceKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Late cancellations.</summary>
    LateCancellation = 1,

    /// <summary>No-shows.</summary>
    NoShow = 2,

    /// <summary>Both late cancellations and no-shows.</summary>
    Both = LateCancellation | NoShow,
}

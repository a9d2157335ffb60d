namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>What the series plan says about one occurrence (the appointment booked for it has its own status).</summary>
public enum OccurrenceState
{
    /// <summary>As the rule generates it.</summary>
    Planned,

    /// <summary>Moved to another time by an exception (S5.5).</summary>
    Moved,

    /// <summary>Cancelled by an exception (S5.5); still counted by the rule's count (S5.3).</summary>
    Cancelled,
}

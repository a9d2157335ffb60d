namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>What an occurrence exception does (S5.5).</summary>
public enum OccurrenceExceptionKind
{
    /// <summary>The occurrence is cancelled.</summary>
    Cancelled,

    /// <summary>The occurrence is moved to another local start.</summary>
    Moved,
}

namespace CounselingRecords.Practice.Tasks;

/// <summary>Where a practice task stands.</summary>
public enum PracticeTaskStatus
{
    /// <summary>Not done yet.</summary>
    Open,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>No longer needed (for example the plan was closed), with a reason.</summary>
    Cancelled,
}

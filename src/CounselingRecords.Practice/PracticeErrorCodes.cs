namespace CounselingRecords.Practice;

/// <summary>Stable error codes raised by the practice workflows.</summary>
public static class PracticeErrorCodes
{
    /// <summary>The task is already completed or cancelled.</summary>
    public const string TaskNotOpen = "practice.task.not_open";

    /// <summary>A task cannot be cancelled without a reason.</summary>
    public const string TaskCancelReasonRequired = "practice.task.cancel_reason_required";

    /// <summary>A task cannot be closed before it was created.</summary>
    public const string TaskClosedBeforeCreated = "practice.task.closed_before_created";
}

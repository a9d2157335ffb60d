namespace CounselingRecords.TreatmentPlans.Statuses;

/// <summary>
/// Which status changes a clinician may record by hand. <see cref="ProgressStatus.Revised"/> and
/// <see cref="ProgressStatus.NotStarted"/> are set by plan revisions only; a discontinued goal or objective is
/// resumed by revising the plan; an achieved one may be reopened (in progress) with a reason.
/// </summary>
public static class ProgressStatusTransitions
{
    /// <summary>Returns whether a clinician may change <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The new status.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public static bool IsAllowedManually(ProgressStatus from, ProgressStatus to) => (from, to) switch
    {
        (_, _) when from == to => false,
        (ProgressStatus.Discontinued, _) => false,
        (_, ProgressStatus.Revised or ProgressStatus.NotStarted) => false,
        (ProgressStatus.NotStarted, ProgressStatus.PartiallyAchieved) => false,
        (_, ProgressStatus.InProgress or ProgressStatus.Achieved or ProgressStatus.PartiallyAchieved or ProgressStatus.Discontinued) => true,
        _ => false,
    };

    /// <summary>Returns whether a goal or objective in <paramref name="status"/> is closed (achieved or discontinued).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> when closed.</returns>
    public static bool IsClosed(ProgressStatus status) => status is ProgressStatus.Achieved or ProgressStatus.Discontinued;
}

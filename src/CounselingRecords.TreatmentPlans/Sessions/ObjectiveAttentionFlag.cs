using CounselingRecords.Identity;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Sessions;

/// <summary>
/// An open objective that no session has worked on within the look-back window: since when it has been in the
/// plan, the last session that addressed it (if any) and how many days have passed.
/// </summary>
/// <param name="Objective">The objective.</param>
/// <param name="Goal">Its goal.</param>
/// <param name="InPlanSince">The date the objective first took effect in the plan.</param>
/// <param name="LastSessionOn">The last session that addressed it, if any.</param>
/// <param name="LastNote">The note of that session, if any.</param>
/// <param name="DaysWithoutSession">Days since the last session (or since it entered the plan) as of the check.</param>
/// <param name="WindowDays">The look-back window in days.</param>
/// <param name="Explanation">A sentence for people.</param>
public sealed record ObjectiveAttentionFlag(
    ObjectiveId Objective,
    GoalId Goal,
    LocalDate InPlanSince,
    LocalDate? LastSessionOn,
    NoteId? LastNote,
    int DaysWithoutSession,
    int WindowDays,
    string Explanation);

namespace CounselingRecords.Scheduling.Recurrence;

/// <summary>How a series repeats.</summary>
public enum RecurrenceFrequency
{
    /// <summary>On one or more weekdays every N weeks (weeks start on Monday, as RFC 5545's default WKST).</summary>
    Weekly,

    /// <summary>On the nth (1–5) or last weekday of every N months (S5.2).</summary>
    MonthlyByWeekday,
}

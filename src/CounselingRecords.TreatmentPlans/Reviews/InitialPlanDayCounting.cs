namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>How the days of an initial treatment-plan deadline are counted (R7.13).</summary>
public enum InitialPlanDayCounting
{
    /// <summary>Calendar days: every day counts.</summary>
    CalendarDays,

    /// <summary>Business days of a <see cref="CounselingRecords.Calendars.BusinessCalendar"/>: weekends and holidays do not count.</summary>
    BusinessDays,
}

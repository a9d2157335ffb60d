using CounselingRecords.Calendars;
using NodaTime;

namespace CounselingRecords.Billing.Estimates;

/// <summary>
/// When a Good Faith Estimate is due (R3.2), counting business days by R3.3: "scheduled N business days ahead" counts
/// the business days d with scheduling date &lt; d ≤ service date, and "within k business days after X" is the k-th
/// business day after X, on a configurable calendar (US federal by default; rules §9 item 9).
/// </summary>
/// <param name="Basis">The rule that set the deadline.</param>
/// <param name="DueBy">The last day to provide it, or <see langword="null"/> when not required.</param>
/// <param name="BusinessDaysAhead">The business days between scheduling and service, or <see langword="null"/> when not scheduled.</param>
public sealed record GfeDeadline(GfeDeadlineBasis Basis, LocalDate? DueBy, int? BusinessDaysAhead)
{
    /// <summary>Gets a value indicating whether a GFE is required.</summary>
    public bool IsRequired => DueBy is not null;

    /// <summary>
    /// Computes the deadline. When a service is both scheduled and requested, the earlier deadline applies.
    /// </summary>
    /// <param name="scheduledOn">The date the service was scheduled, if it was.</param>
    /// <param name="serviceDate">The scheduled date of service, if any.</param>
    /// <param name="requestedOn">The date the client asked (any discussion of cost counts), if they did.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <returns>The deadline.</returns>
    public static GfeDeadline Compute(LocalDate? scheduledOn, LocalDate? serviceDate, LocalDate? requestedOn, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if ((scheduledOn is null) != (serviceDate is null))
        {
            throw new ArgumentException("A scheduled service has both a scheduling date and a service date.", nameof(serviceDate));
        }

        GfeDeadline? scheduled = null;
        if (scheduledOn is { } on && serviceDate is { } service)
        {
            var ahead = calendar.CountBusinessDays(on, service);
            scheduled = ahead >= 10 ? new GfeDeadline(GfeDeadlineBasis.ScheduledTenOrMoreBusinessDaysAhead, calendar.AddBusinessDays(on, 3), ahead)
                : ahead >= 3 ? new GfeDeadline(GfeDeadlineBasis.ScheduledThreeOrMoreBusinessDaysAhead, calendar.AddBusinessDays(on, 1), ahead)
                : new GfeDeadline(GfeDeadlineBasis.NotRequired, null, ahead);
        }

        if (requestedOn is { } request)
        {
            var requested = new GfeDeadline(GfeDeadlineBasis.Requested, calendar.AddBusinessDays(request, 3), scheduled?.BusinessDaysAhead);
            return scheduled is { DueBy: { } due } && due <= requested.DueBy ? scheduled : requested;
        }

        return scheduled ?? new GfeDeadline(GfeDeadlineBasis.NotRequired, null, null);
    }

    /// <summary>
    /// Returns the last day a new GFE may be provided after the expected charges, items, frequency, recurrences,
    /// duration, providers or facilities change: one business day before the service (R3.4).
    /// </summary>
    /// <param name="serviceDate">The date of service.</param>
    /// <param name="calendar">The business calendar.</param>
    /// <returns>The business day before the service date.</returns>
    public static LocalDate ReissueDeadline(LocalDate serviceDate, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = serviceDate.PlusDays(-1);
        while (!calendar.IsBusinessDay(day))
        {
            day = day.PlusDays(-1);
        }

        return day;
    }

    /// <summary>Returns the sentence that explains the deadline.</summary>
    /// <returns>The explanation.</returns>
    public Explanation Explain() => new("R3.2", Basis switch
    {
        GfeDeadlineBasis.ScheduledTenOrMoreBusinessDaysAhead => $"Scheduled {BusinessDaysAhead} business days ahead (10 or more): the Good Faith Estimate is due within 3 business days of scheduling, by {DueBy:uuuu-MM-dd}.",
        GfeDeadlineBasis.ScheduledThreeOrMoreBusinessDaysAhead => $"Scheduled {BusinessDaysAhead} business days ahead (3 to 9): the Good Faith Estimate is due within 1 business day of scheduling, by {DueBy:uuuu-MM-dd}.",
        GfeDeadlineBasis.Requested => $"Requested: the Good Faith Estimate is due within 3 business days of the request, by {DueBy:uuuu-MM-dd}.",
        _ => BusinessDaysAhead is { } ahead
            ? $"Scheduled {ahead} business day{(ahead == 1 ? string.Empty : "s")} ahead (fewer than 3) and not requested: no Good Faith Estimate is required."
            : "Neither scheduled nor requested: no Good Faith Estimate is required yet.",
    });
}

using NodaTime;

namespace CounselingRecords.Policies.Cancellations;

/// <summary>
/// How much notice a cancellation needs and how it is measured (R4.9, R4.10). A cancellation is on time when
/// its notice is at least the window; exactly the window is on time.
/// </summary>
public sealed class NoticeRule
{
    /// <summary>Initializes a new instance of the <see cref="NoticeRule"/> class.</summary>
    /// <param name="mode">How notice is measured.</param>
    /// <param name="window">The window for <see cref="NoticeMode.ElapsedTime"/>, <see cref="NoticeMode.DeemedReceipt"/> and <see cref="NoticeMode.OfficeHoursOnly"/>; zero for business days.</param>
    /// <param name="businessDays">The business days of notice for <see cref="NoticeMode.BusinessDays"/> (at least 1); zero otherwise.</param>
    /// <param name="businessDayCutoff">For <see cref="NoticeMode.BusinessDays"/>: the time of day by which the cancellation must arrive on the last business day; <see langword="null"/> for the end of that day.</param>
    /// <param name="calendar">The office calendar; required for every mode except <see cref="NoticeMode.ElapsedTime"/>.</param>
    public NoticeRule(NoticeMode mode, Duration window, int businessDays, LocalTime? businessDayCutoff, OfficeCalendar? calendar)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown notice mode.");
        }

        if (mode == NoticeMode.BusinessDays)
        {
            if (businessDays < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(businessDays), businessDays, "Business-day notice needs at least one business day.");
            }

            if (window != Duration.Zero)
            {
                throw new ArgumentException("Business-day notice is counted in days; leave the window zero.", nameof(window));
            }

            if (calendar is null || calendar.BusinessDays.IsEmpty)
            {
                throw new ArgumentException("Business-day notice needs a calendar with business days.", nameof(calendar));
            }
        }
        else
        {
            if (window < Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(window), window, "The notice window cannot be negative.");
            }

            if (businessDays != 0 || businessDayCutoff is not null)
            {
                throw new ArgumentException("Business days and a cut-off apply only to business-day notice.", nameof(businessDays));
            }

            if (mode != NoticeMode.ElapsedTime && (calendar is null || calendar.OpeningHours.IsEmpty))
            {
                throw new ArgumentException("Office-hours notice needs a calendar with opening hours.", nameof(calendar));
            }
        }

        Mode = mode;
        Window = window;
        BusinessDays = businessDays;
        BusinessDayCutoff = businessDayCutoff;
        Calendar = calendar;
    }

    /// <summary>Gets how notice is measured.</summary>
    public NoticeMode Mode { get; }

    /// <summary>Gets the window (zero for business-day notice).</summary>
    public Duration Window { get; }

    /// <summary>Gets the business days of notice (zero unless business-day notice).</summary>
    public int BusinessDays { get; }

    /// <summary>Gets the cut-off time on the last business day, or <see langword="null"/> for the end of that day.</summary>
    public LocalTime? BusinessDayCutoff { get; }

    /// <summary>Gets the office calendar, if the mode uses one.</summary>
    public OfficeCalendar? Calendar { get; }

    /// <summary>Creates clock-hour notice (R4.9): on time when at least <paramref name="window"/> elapses before the start.</summary>
    /// <param name="window">The window, for example 24 hours.</param>
    /// <returns>The rule.</returns>
    public static NoticeRule Elapsed(Duration window) => new(NoticeMode.ElapsedTime, window, 0, null, null);

    /// <summary>Creates clock-hour notice of <paramref name="hours"/> hours (R4.1: 24 and 48 are common).</summary>
    /// <param name="hours">The hours.</param>
    /// <returns>The rule.</returns>
    public static NoticeRule Hours(int hours) => Elapsed(Duration.FromHours(hours));

    /// <summary>Creates deemed-receipt notice (R4.10 a): a message outside office hours counts from the next opening.</summary>
    /// <param name="window">The window in clock hours from the deemed receipt.</param>
    /// <param name="calendar">The office calendar.</param>
    /// <returns>The rule.</returns>
    public static NoticeRule DeemedReceipt(Duration window, OfficeCalendar calendar) => new(NoticeMode.DeemedReceipt, window, 0, null, calendar);

    /// <summary>Creates office-hours-only notice (R4.10 b): only time inside office hours counts.</summary>
    /// <param name="window">The office time required.</param>
    /// <param name="calendar">The office calendar.</param>
    /// <returns>The rule.</returns>
    public static NoticeRule OfficeHoursOnly(Duration window, OfficeCalendar calendar) => new(NoticeMode.OfficeHoursOnly, window, 0, null, calendar);

    /// <summary>Creates business-day notice (R4.10 c), for example "at least one business day in advance".</summary>
    /// <param name="businessDays">The business days required.</param>
    /// <param name="calendar">The calendar naming business days and holidays.</param>
    /// <param name="cutoff">The time of day by which the last business day ends; the end of the day when null.</param>
    /// <returns>The rule.</returns>
    public static NoticeRule BusinessDaysAhead(int businessDays, OfficeCalendar calendar, LocalTime? cutoff = null) =>
        new(NoticeMode.BusinessDays, Duration.Zero, businessDays, cutoff, calendar);

    /// <summary>Describes the requirement for people, for example <c>at least 24 hours</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe() => Mode switch
    {
        NoticeMode.ElapsedTime => $"at least {Policies.Describe.Length(Window)} of notice",
        NoticeMode.DeemedReceipt => $"at least {Policies.Describe.Length(Window)} of notice, counted from when the office next opens for messages received outside office hours",
        NoticeMode.OfficeHoursOnly => $"at least {Policies.Describe.Length(Window)} of notice within office hours",
        _ => $"at least {Policies.Describe.Plural(BusinessDays, "business day")} of notice",
    };

    /// <inheritdoc />
    public override string ToString() => $"{Mode}: {Describe()}";
}

using System.Globalization;
using CounselingRecords.Calendars;
using NodaTime;

namespace CounselingRecords.TreatmentPlans.Reviews;

/// <summary>
/// A jurisdiction's deadline for a client's initial treatment plan, as data (R7.13: there is no single federal
/// interval). The deadline is the anchor date plus <see cref="Days"/> calendar or business days; when
/// <see cref="ContactsRequired"/> is positive the rule reads "within N contacts or D days, whichever is later", so
/// the deadline is the later of the N-th contact's date and the day-based date. Presets are in
/// <see cref="InitialPlanDeadlines"/>.
/// </summary>
public sealed record InitialPlanDeadlineRule
{
    /// <summary>Initializes a new instance of the <see cref="InitialPlanDeadlineRule"/> class.</summary>
    /// <param name="code">A stable code, for example <c>us-ny-omh-clinic</c>.</param>
    /// <param name="name">A name for people.</param>
    /// <param name="jurisdiction">The state or payer, for example <c>US-NY</c>, if any.</param>
    /// <param name="anchor">The event the deadline counts from.</param>
    /// <param name="days">The days after the anchor, 1–366.</param>
    /// <param name="dayCounting">Calendar or business days.</param>
    /// <param name="contactsRequired">The contacts of a "whichever is later" rule, 0–100 (0 when the rule counts no contacts).</param>
    /// <param name="ruleId">The rule id, for example <c>R7.13</c>.</param>
    /// <param name="source">The regulation or policy it comes from.</param>
    /// <exception cref="ArgumentException">The rule is not well formed.</exception>
    public InitialPlanDeadlineRule(
        string code,
        string name,
        string? jurisdiction,
        InitialPlanAnchor anchor,
        int days,
        InitialPlanDayCounting dayCounting,
        int contactsRequired,
        string ruleId,
        string source)
    {
        Code = Internal.Required(code, nameof(code));
        Name = Internal.Required(name, nameof(name));
        Jurisdiction = string.IsNullOrWhiteSpace(jurisdiction) ? null : jurisdiction;
        Anchor = Internal.Defined(anchor, nameof(anchor));
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 366);
        Days = days;
        DayCounting = Internal.Defined(dayCounting, nameof(dayCounting));
        ArgumentOutOfRangeException.ThrowIfNegative(contactsRequired);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(contactsRequired, 100);
        ContactsRequired = contactsRequired;
        RuleId = Internal.Required(ruleId, nameof(ruleId));
        Source = Internal.Required(source, nameof(source));
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name for people.</summary>
    public string Name { get; }

    /// <summary>Gets the state or payer, if any.</summary>
    public string? Jurisdiction { get; }

    /// <summary>Gets the event the deadline counts from.</summary>
    public InitialPlanAnchor Anchor { get; }

    /// <summary>Gets the days after the anchor.</summary>
    public int Days { get; }

    /// <summary>Gets how the days are counted.</summary>
    public InitialPlanDayCounting DayCounting { get; }

    /// <summary>Gets the contacts of a "whichever is later" rule (0 when the rule counts no contacts).</summary>
    public int ContactsRequired { get; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the regulation or policy it comes from.</summary>
    public string Source { get; }

    /// <summary>
    /// Computes the deadline from the facts known on a date: contacts after <paramref name="asOf"/> are not counted
    /// yet, so a "whichever is later" deadline stays open (<see cref="InitialPlanDeadline.IsFixed"/> false) until
    /// the N-th contact has happened.
    /// </summary>
    /// <param name="facts">The client's facts.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="calendar">The business calendar for business-day rules; <see cref="BusinessCalendar.UsFederal"/> when omitted.</param>
    /// <returns>The deadline, explained.</returns>
    public InitialPlanDeadline DeadlineFor(InitialPlanFacts facts, LocalDate asOf, BusinessCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var dayBased = DayCounting == InitialPlanDayCounting.CalendarDays
            ? facts.AnchorDate.PlusDays(Days)
            : (calendar ?? BusinessCalendar.UsFederal).AddBusinessDays(facts.AnchorDate, Days);
        var daysText = Internal.Inv($"{Days} {(DayCounting == InitialPlanDayCounting.CalendarDays ? "calendar" : "business")} days after {AnchorText()} on {Date(facts.AnchorDate)} ({Date(dayBased)})");
        if (ContactsRequired == 0)
        {
            return new InitialPlanDeadline(
                Code, RuleId, Anchor, facts.AnchorDate, dayBased, 0, 0, null, dayBased, true,
                Internal.Inv($"The initial plan is due {Date(dayBased)}: {daysText} ({Name}, {RuleId})."));
        }

        var counted = facts.ContactDates.Where(d => d <= asOf).ToArray();
        var nth = counted.Length >= ContactsRequired ? counted[ContactsRequired - 1] : (LocalDate?)null;
        var ordinal = Ordinal(ContactsRequired);
        if (nth is { } nthOn)
        {
            var due = nthOn > dayBased ? nthOn : dayBased;
            return new InitialPlanDeadline(
                Code, RuleId, Anchor, facts.AnchorDate, dayBased, ContactsRequired, counted.Length, nthOn, due, true,
                Internal.Inv($"The initial plan is due {Date(due)}: the later of the {ordinal} contact ({Date(nthOn)}) and {daysText} ({Name}, {RuleId})."));
        }

        return new InitialPlanDeadline(
            Code, RuleId, Anchor, facts.AnchorDate, dayBased, ContactsRequired, counted.Length, null, dayBased, false,
            Internal.Inv($"The initial plan is due no earlier than {Date(dayBased)} ({daysText}); the deadline is not fixed yet: it becomes the {ordinal} contact's date if that is later ({counted.Length} of {ContactsRequired} contacts so far; {Name}, {RuleId})."));
    }

    /// <summary>
    /// Returns where the client's initial plan stands on a date (R7.13): completed on time or late, or, when
    /// missing, not due, due today (the deadline day itself is on time) or overdue (from the day after).
    /// </summary>
    /// <param name="facts">The client's facts.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="calendar">The business calendar for business-day rules; <see cref="BusinessCalendar.UsFederal"/> when omitted.</param>
    /// <returns>The status, explained.</returns>
    public InitialPlanStatus StatusOn(InitialPlanFacts facts, LocalDate asOf, BusinessCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.InitialPlanCompletedOn is { } completed && completed <= asOf)
        {
            // Judged with the contacts known on the completion day: a pending N-th contact can only move the deadline later.
            var atCompletion = DeadlineFor(facts, completed, calendar);
            var late = atCompletion.IsFixed && completed > atCompletion.DueOn;
            var lateDays = late ? Period.Between(atCompletion.DueOn, completed, PeriodUnits.Days).Days : 0;
            return new InitialPlanStatus(
                facts.ClientId,
                asOf,
                atCompletion,
                completed,
                late ? InitialPlanState.CompletedLate : InitialPlanState.CompletedOnTime,
                lateDays,
                RuleId,
                Internal.Inv($"The initial plan of client {facts.ClientId} was completed {Date(completed)}, {(late ? Internal.Inv($"{lateDays} day{Plural(lateDays)} late") : "on time")}. {atCompletion.Explanation}"));
        }

        var deadline = DeadlineFor(facts, asOf, calendar);
        var days = Period.Between(asOf, deadline.DueOn, PeriodUnits.Days).Days;
        InitialPlanState state;
        string when;
        if (!deadline.IsFixed && days <= 0)
        {
            // The day-based date has passed but the N-th contact has not happened: the deadline is still ahead.
            state = InitialPlanState.NotDue;
            when = Internal.Inv($"not due: the {Ordinal(ContactsRequired)} contact has not happened yet");
            days = 0;
        }
        else if (days > 0)
        {
            state = InitialPlanState.NotDue;
            when = Internal.Inv($"due in {days} day{Plural(days)}{(deadline.IsFixed ? string.Empty : " or later")}");
        }
        else if (days == 0)
        {
            state = InitialPlanState.Due;
            when = "due today";
        }
        else
        {
            state = InitialPlanState.Overdue;
            days = -days;
            when = Internal.Inv($"overdue by {days} day{Plural(days)}");
        }

        return new InitialPlanStatus(
            facts.ClientId, asOf, deadline, null, state, days, RuleId,
            Internal.Inv($"Client {facts.ClientId} has no initial plan; as of {Date(asOf)} it is {when}. {deadline.Explanation}"));
    }

    /// <summary>Returns the clients whose initial plan is missing and overdue on a date (R7.13), most overdue first.</summary>
    /// <param name="facts">The facts of the clients to check.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="calendar">The business calendar for business-day rules; <see cref="BusinessCalendar.UsFederal"/> when omitted.</param>
    /// <returns>The overdue statuses.</returns>
    public IReadOnlyList<InitialPlanStatus> FindOverdue(IEnumerable<InitialPlanFacts> facts, LocalDate asOf, BusinessCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts
            .Select(f => StatusOn(f ?? throw new ArgumentException("The facts contain null.", nameof(facts)), asOf, calendar))
            .Where(s => s.IsOverdue)
            .OrderByDescending(s => s.Days)
            .ThenBy(s => s.ClientId.Value)
            .ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => Internal.Inv($"{Name} ({Code})");

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Plural(int n) => n == 1 ? string.Empty : "s";

    private static string Ordinal(int n) => Internal.Inv($"{n}{(n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" })}");

    private string AnchorText() => Anchor switch
    {
        InitialPlanAnchor.FirstContact => "the first contact",
        InitialPlanAnchor.Admission => "admission",
        _ => "authorization",
    };
}

using System.Globalization;
using CounselingRecords.Results;
using NodaTime;

namespace CounselingRecords.Records.Amendments;

/// <summary>
/// A payer's or state's window for addenda and late entries, counted in calendar days from the date of service
/// (R7.7; the Alabama Medicaid preset is 45 days, 560-X-1-.21): an entry written on the last day is inside the
/// window, one written the day after is refused or flagged with <see cref="RecordsErrorCodes.LateEntryWindowClosed"/>.
/// Hosts check it before <c>AddAddendum</c> or signing a late entry.
/// </summary>
public sealed record LateEntryWindow
{
    /// <summary>Initializes a new instance of the <see cref="LateEntryWindow"/> class.</summary>
    /// <param name="code">A stable code, for example <c>us-al-medicaid</c>.</param>
    /// <param name="name">A name for people.</param>
    /// <param name="days">The calendar days after the date of service, 1–3660.</param>
    /// <param name="mode">Refuse or flag an entry outside the window.</param>
    /// <param name="ruleId">The rule id, for example <c>R7.7</c>.</param>
    /// <param name="source">The regulation or policy.</param>
    /// <exception cref="ArgumentException">The window is not well formed.</exception>
    public LateEntryWindow(string code, string name, int days, LateEntryWindowMode mode, string ruleId, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 3660);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Code = code;
        Name = name;
        Days = days;
        Mode = mode;
        RuleId = ruleId;
        Source = source;
    }

    /// <summary>Gets the Alabama Medicaid preset: late entries and addenda within 45 calendar days of the date of service, refused after.</summary>
    public static LateEntryWindow AlabamaMedicaid { get; } = new(
        "us-al-medicaid",
        "Alabama Medicaid (560-X-1-.21)",
        45,
        LateEntryWindowMode.Refuse,
        "R7.7",
        "Ala. Admin. Code 560-X-1-.21: late entries and addenda within 45 calendar days of the date of service");

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name for people.</summary>
    public string Name { get; }

    /// <summary>Gets the calendar days after the date of service.</summary>
    public int Days { get; }

    /// <summary>Gets what happens outside the window.</summary>
    public LateEntryWindowMode Mode { get; }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the regulation or policy.</summary>
    public string Source { get; }

    /// <summary>Checks an entry written on <paramref name="writtenOn"/> for a service on <paramref name="dateOfService"/>.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="writtenOn">The date the entry is written.</param>
    /// <returns>The check, explained.</returns>
    /// <exception cref="ArgumentException">The entry is dated before the service.</exception>
    public LateEntryWindowCheck Check(LocalDate dateOfService, LocalDate writtenOn)
    {
        if (writtenOn < dateOfService)
        {
            throw new ArgumentException("An entry is written on or after the date of service.", nameof(writtenOn));
        }

        var day = Period.Between(dateOfService, writtenOn, PeriodUnits.Days).Days;
        var last = dateOfService.PlusDays(Days);
        var within = writtenOn <= last;
        var explanation = within
            ? $"Written {Date(writtenOn)}, day {day} after the service on {Date(dateOfService)}: inside the {Days}-day window ending {Date(last)} ({Name}, {RuleId})."
            : $"Written {Date(writtenOn)}, day {day} after the service on {Date(dateOfService)}: the {Days}-day window closed {Date(last)}; {(Mode == LateEntryWindowMode.Refuse ? "refused" : "flagged")} ({Name}, {RuleId}).";
        return new LateEntryWindowCheck(dateOfService, writtenOn, day, last, within, within ? null : RecordsErrorCodes.LateEntryWindowClosed, RuleId, explanation);
    }

    /// <summary>Checks an entry and refuses it when it is outside the window and the mode is <see cref="LateEntryWindowMode.Refuse"/>.</summary>
    /// <param name="dateOfService">The date of service.</param>
    /// <param name="writtenOn">The date the entry is written.</param>
    /// <returns>The check (flagged when outside a flagging window), or <see cref="RecordsErrorCodes.LateEntryWindowClosed"/>.</returns>
    public Result<LateEntryWindowCheck> Require(LocalDate dateOfService, LocalDate writtenOn)
    {
        var check = Check(dateOfService, writtenOn);
        return !check.WithinWindow && Mode == LateEntryWindowMode.Refuse
            ? new DomainError(RecordsErrorCodes.LateEntryWindowClosed, check.Explanation, RuleId, nameof(writtenOn))
            : check;
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using NodaTime;
using NodaTime.Text;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>Helpers for the R4 tables: New York wall-clock times, a practice, and policies built from the rule's words.</summary>
internal static class PolicyTable
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly PolicyId PolicyId = TestIds.Numbered<PolicyId>(4);
    public static readonly ClientId Client = TestIds.Numbered<ClientId>(4);
    public static readonly ClinicianId Clinician = TestIds.Numbered<ClinicianId>(4);
    public static readonly UserId Staff = TestIds.Numbered<UserId>(4);
    public static readonly PayerId Kaiser = TestIds.Numbered<PayerId>(41);
    public static readonly PayerId OtherPlan = TestIds.Numbered<PayerId>(42);

    /// <summary>Monday to Friday 09:00–17:00 (the 510counseling office hours of R4.10 a).</summary>
    public static readonly OfficeCalendar WeekdaysNineToFive = OfficeCalendar.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));

    /// <summary>Monday to Saturday; Sundays and US federal holidays are not business days (the i-cured wording of R4.10 c).</summary>
    public static readonly OfficeCalendar MondayToSaturday = OfficeCalendar.BusinessDaysOnly(
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
        observeUsFederalHolidays: true);

    /// <summary>Reads <c>2026-03-05T20:00</c> as New York wall-clock time (which must exist and be unambiguous).</summary>
    public static Instant Local(string text) =>
        NewYork.AtStrictly(LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text).Value).ToInstant();

    public static Instant? LocalOrNone(string? text) => text is null ? null : Local(text);

    public static CancellationPolicy Policy(
        NoticeRule? notice = null,
        FeeRule? late = null,
        FeeRule? noShow = null,
        FeeCap? cap = null,
        GraceRule? grace = null,
        bool waiveIntake = false,
        PayerRules? payers = null,
        bool requiresAcceptance = false,
        int version = 1,
        ImmutableArray<EscalationRule>? escalations = null) =>
        new(
            PolicyId,
            version,
            "Acceptance policy",
            new LocalDate(2025, 1, 1),
            NewYork,
            Currency.Usd,
            notice ?? NoticeRule.Hours(24),
            late ?? FeeRule.FullSessionFee,
            noShow ?? FeeRule.FullSessionFee,
            cap ?? FeeCap.None,
            grace,
            waiveIntake,
            payers ?? PayerRules.Default,
            requiresAcceptance,
            escalations ?? ImmutableArray<EscalationRule>.Empty);

    public static AppointmentFacts Appointment(string start, decimal sessionFee = 150m, bool intake = false) =>
        new(TestIds.Numbered<AppointmentId>(4), Client, Clinician, Local(start), Money.Usd(sessionFee), intake);

    public static CancellationDecision Decide(
        CancellationPolicy policy,
        AppointmentFacts appointment,
        string? receivedAt,
        ClientHistory? history = null,
        ClientCoverage? coverage = null,
        FeeException? exception = null)
    {
        var cancellation = receivedAt is null ? CancellationEvent.NoContact() : CancellationEvent.ByClient(Local(receivedAt));
        if (exception is not null)
        {
            cancellation = cancellation.WithException(exception);
        }

        return CancellationEngine.Evaluate(policy, appointment, history ?? ClientHistory.Empty, coverage ?? ClientCoverage.SelfPay, cancellation);
    }

    public static FeeRule Fee(string text) => text switch
    {
        "none" => FeeRule.None,
        "full" => FeeRule.FullSessionFee,
        _ when text.EndsWith('%') => FeeRule.PercentOfSessionFee(decimal.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        _ => FeeRule.Flat(Money.Usd(decimal.Parse(text.TrimStart('$'), System.Globalization.CultureInfo.InvariantCulture))),
    };
}

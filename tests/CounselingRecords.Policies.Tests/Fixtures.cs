using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using NodaTime;

namespace CounselingRecords.Policies.Tests;

/// <summary>Builders shared by the tests: a New York practice, readable ids, and policies in the shapes R4.1–R4.3 describe.</summary>
internal static class Fixtures
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly PolicyId Pid = TestIds.Numbered<PolicyId>(1);
    public static readonly ClientId Client = TestIds.Numbered<ClientId>(1);
    public static readonly ClinicianId Clinician = TestIds.Numbered<ClinicianId>(1);
    public static readonly UserId Staff = TestIds.Numbered<UserId>(5);
    public static readonly Money SessionFee = Money.Usd(150m);

    /// <summary>An instant from a New York wall-clock time that exists and is unambiguous.</summary>
    public static Instant Ny(int year, int month, int day, int hour, int minute = 0) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static AppointmentFacts Appointment(Instant start, Money? fee = null, bool intake = false, int number = 1) =>
        new(TestIds.Numbered<AppointmentId>(number), Client, Clinician, start, fee ?? SessionFee, intake);

    /// <summary>A 24-hour, full-fee policy (R4.1, R4.2) with the given changes; acceptance not required unless asked.</summary>
    public static CancellationPolicy Policy(
        NoticeRule? notice = null,
        FeeRule? late = null,
        FeeRule? noShow = null,
        FeeCap? cap = null,
        GraceRule? grace = null,
        bool waiveIntake = false,
        PayerRules? payers = null,
        bool requiresAcceptance = false,
        ImmutableArray<EscalationRule> escalations = default,
        int version = 1,
        LocalDate? effectiveFrom = null) =>
        new(
            Pid,
            version,
            "Standard policy",
            effectiveFrom ?? new LocalDate(2025, 1, 1),
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
            escalations.IsDefault ? [] : escalations);

    public static CancellationDecision Cancel(CancellationPolicy policy, AppointmentFacts appointment, Instant receivedAt, ClientHistory? history = null, ClientCoverage? coverage = null) =>
        CancellationEngine.Evaluate(policy, appointment, history ?? ClientHistory.Empty, coverage ?? ClientCoverage.SelfPay, receivedAt);

    public static CancellationDecision NoShow(CancellationPolicy policy, AppointmentFacts appointment, ClientHistory? history = null, ClientCoverage? coverage = null) =>
        CancellationEngine.Evaluate(policy, appointment, history ?? ClientHistory.Empty, coverage ?? ClientCoverage.SelfPay, CancellationEvent.NoContact());

    public static PriorOccurrence Prior(int appointmentNumber, Instant start, CancellationClassification classification = CancellationClassification.NoShow, bool excused = false) =>
        new(TestIds.Numbered<AppointmentId>(appointmentNumber), start, classification, excused);

    public static ClientCoverage Coverage(PayerClass payerClass, PayerId? payer = null) => ClientCoverage.Only(payerClass, payer);

    public static OfficeCalendar WeekdaysNineToFive(bool usHolidays = false) =>
        OfficeCalendar.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0), usHolidays);
}

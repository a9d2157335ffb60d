using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

/// <summary>
/// Invariants of the engine over random policies (every notice mode, fee kind, cap, waiver and payer rule),
/// appointments, histories and coverage: the fee is never negative and never above a cap, cancelling later
/// never costs less than cancelling earlier, a provider cancellation is always free, and the on-time deadline
/// agrees with the classification.
/// </summary>
public sealed class CancellationEngineProperties
{
    [Property(Arbitrary = [typeof(EngineArbitraries)], MaxTest = 300)]
    public bool Fee_IsNeverNegative_AndNeverAboveACap(Scenario scenario, ReceiptPair receipts)
    {
        foreach (var decision in new[] { scenario.Cancel(receipts.Earlier), scenario.Cancel(receipts.Later), scenario.NoShow() })
        {
            var cap = scenario.Policy.Cap;
            var session = scenario.Appointment.SessionFee;
            if (decision.Fee.IsNegative || decision.Fee > decision.AssessedFee
                || (cap.CapAtSessionFee && decision.Fee > session)
                || (cap.Maximum is { } maximum && decision.Fee > maximum))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(EngineArbitraries)], MaxTest = 300)]
    public bool CancellingLater_NeverCostsLessThanCancellingEarlier(Scenario scenario, ReceiptPair receipts)
    {
        var earlier = scenario.Cancel(receipts.Earlier);
        var later = scenario.Cancel(receipts.Later);
        var never = scenario.NoShow();
        return later.Fee >= earlier.Fee && never.Fee >= later.Fee
            && (int)later.Classification >= (int)earlier.Classification;
    }

    [Property(Arbitrary = [typeof(EngineArbitraries)], MaxTest = 300)]
    public bool ProviderCancellation_IsAlwaysFree(Scenario scenario, ReceiptPair receipts, bool byPractice)
    {
        var at = scenario.At(receipts.Later);
        var decision = CancellationEngine.Evaluate(
            scenario.Policy,
            scenario.Appointment,
            scenario.History,
            scenario.Coverage,
            byPractice ? CancellationEvent.ByPractice(at) : CancellationEvent.ByClinician(at));
        return decision.Classification == CancellationClassification.ClinicianCancellation
            && decision.Fee.IsZero && decision.AssessedFee.IsZero
            && decision.BillTo == FeeBillTo.NotBilled && decision.Escalations.IsEmpty;
    }

    [Property(Arbitrary = [typeof(EngineArbitraries)], MaxTest = 300)]
    public bool OnTimeDeadline_AgreesWithTheClassification(Scenario scenario, ReceiptPair receipts)
    {
        foreach (var before in new[] { receipts.Earlier, receipts.Later })
        {
            var at = scenario.At(before);
            var decision = scenario.Cancel(before);
            if (at >= scenario.Appointment.Start)
            {
                if (decision.Classification != CancellationClassification.NoShow)
                {
                    return false;
                }

                continue;
            }

            var onTime = decision.Classification == CancellationClassification.OnTimeCancellation;
            if (decision.OnTimeDeadline is not { } deadline || onTime != (at <= deadline))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(EngineArbitraries)], MaxTest = 200)]
    public bool ChargedFee_IsBilledToTheClientOnly_AndTheLastFeeStepShowsIt(Scenario scenario, ReceiptPair receipts)
    {
        var decision = scenario.Cancel(receipts.Later);
        var lastFee = decision.Rules.LastOrDefault(r => r.FeeAfter is not null)?.FeeAfter;
        if (decision.Fee.IsPositive)
        {
            return decision.BillTo == FeeBillTo.ClientOnly && decision.Find(CancellationRuleKeys.ClientOnly)?.RuleId == PolicyRuleIds.NeverBilledToInsurance && lastFee == decision.Fee;
        }

        return decision.BillTo == FeeBillTo.NotBilled && (lastFee is null || lastFee.Value.IsZero);
    }

    public sealed record Scenario(CancellationPolicy Policy, AppointmentFacts Appointment, ClientHistory History, ClientCoverage Coverage)
    {
        public CancellationDecision Cancel(Duration before) => CancellationEngine.Evaluate(Policy, Appointment, History, Coverage, At(before));

        public Instant At(Duration before) => Appointment.Start - before;

        public CancellationDecision NoShow() => CancellationEngine.Evaluate(Policy, Appointment, History, Coverage, CancellationEvent.NoContact());

        public override string ToString() =>
            $"{Policy} fees {Policy.LateCancellationFee}/{Policy.NoShowFee} cap {Policy.Cap} grace {Policy.Grace} intake {Policy.WaiveIntakeSessions} at {Appointment.Start} fee {Appointment.SessionFee} intake {Appointment.IsIntake} {History} {string.Join(",", Coverage.Periods.Select(p => p.PayerClass))}";
    }

    /// <summary>Two receipt times, as notice before the appointment start (negative: after the start); <see cref="Earlier"/> is at least as far ahead.</summary>
    public sealed record ReceiptPair(Duration Earlier, Duration Later);

    public static class EngineArbitraries
    {
        private static readonly PayerId ForbiddingPayer = TestIds.Numbered<PayerId>(1);
        private static readonly PayerId OtherPayer = TestIds.Numbered<PayerId>(2);
        private static readonly Instant Base = Ny(2026, 1, 1, 0);

        private static readonly OfficeCalendar Weekdays = WeekdaysNineToFive(usHolidays: true);

        private static readonly OfficeCalendar SplitHours = new(
            [
                .. new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
                    .SelectMany(d => new[] { new OfficeHoursInterval(d, new LocalTime(8, 30), new LocalTime(12, 0)), new OfficeHoursInterval(d, new LocalTime(13, 0), new LocalTime(19, 0)) }),
                new OfficeHoursInterval(IsoDayOfWeek.Saturday, new LocalTime(9, 0), new LocalTime(13, 0)),
            ],
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
            [new PolicyHoliday(new LocalDate(2026, 3, 13), "Office closure"), new PolicyHoliday(new LocalDate(2026, 10, 30), "Office closure")],
            true);

        public static Arbitrary<Scenario> Scenarios() =>
            (from policy in Policies()
             from appointment in Appointments()
             from history in Histories(appointment.Start)
             from coverage in Coverages()
             select new Scenario(policy, appointment, history, coverage)).ToArbitrary();

        public static Arbitrary<ReceiptPair> Receipts() =>
            (from a in Gen.Choose(-180, 30 * 24 * 60)
             from b in Gen.Choose(-180, 30 * 24 * 60)
             select new ReceiptPair(Duration.FromMinutes(Math.Max(a, b)), Duration.FromMinutes(Math.Min(a, b)))).ToArbitrary();

        // Appointments start on any day of 2026 between 07:00 and 20:00 New York time, so 30-day receipt ranges
        // cross both daylight-saving changes, weekends, US federal holidays and the calendar's own closure.
        private static Gen<AppointmentFacts> Appointments() =>
            from day in Gen.Choose(0, 364)
            from quarter in Gen.Choose(28, 80)
            from cents in Gen.Choose(0, 40_000)
            from intake in Gen.Elements(true, false)
            let local = new LocalDate(2026, 1, 1).PlusDays(day).At(new LocalTime(quarter / 4, quarter % 4 * 15))
            select new AppointmentFacts(TestIds.Numbered<AppointmentId>(1), Client, Clinician, NewYork.AtLeniently(local).ToInstant(), Money.FromMinorUnits(cents, Currency.Usd), intake);

        private static Gen<NoticeRule> Notices() =>
            Gen.OneOf(
                Gen.Choose(0, 96).Select(NoticeRule.Hours),
                from hours in Gen.Choose(0, 48)
                from calendar in Gen.Elements(Weekdays, SplitHours)
                select NoticeRule.DeemedReceipt(Duration.FromHours(hours), calendar),
                from minutes in Gen.Choose(0, 40 * 60)
                from calendar in Gen.Elements(Weekdays, SplitHours)
                select NoticeRule.OfficeHoursOnly(Duration.FromMinutes(minutes), calendar),
                from days in Gen.Choose(1, 3)
                from calendar in Gen.Elements(Weekdays, SplitHours)
                from cutoff in Gen.Elements<LocalTime?>(null, new LocalTime(17, 0), new LocalTime(9, 30))
                select NoticeRule.BusinessDaysAhead(days, calendar, cutoff));

        private static Gen<FeeRule> Fees() =>
            Gen.OneOf(
                Gen.Constant(FeeRule.None),
                Gen.Constant(FeeRule.FullSessionFee),
                Gen.Choose(1, 100).Select(p => FeeRule.PercentOfSessionFee(p)),
                Gen.Choose(1, 30_000).Select(c => FeeRule.Flat(Money.FromMinorUnits(c, Currency.Usd))));

        private static Gen<FeeCap> Caps() =>
            from atSession in Gen.Elements(true, false)
            from hasMaximum in Gen.Elements(true, false)
            from cents in Gen.Choose(1, 30_000)
            select new FeeCap(atSession, hasMaximum ? Money.FromMinorUnits(cents, Currency.Usd) : null);

        private static Gen<PayerRules> Payers() =>
            from exempt in Gen.SubListOf(PayerClass.WorkersCompensation, PayerClass.Tricare, PayerClass.Other)
            from contract in Gen.Elements(true, false)
            from strict in Gen.Elements(true, false)
            from medicaidSecondary in Gen.Elements(true, false)
            select new PayerRules([.. exempt], contract ? [ForbiddingPayer] : [], strict, medicaidSecondary);

        private static Gen<GraceRule?> Graces() =>
            Gen.OneOf(
                Gen.Constant<GraceRule?>(null),
                from count in Gen.Choose(1, 2)
                from months in Gen.Choose(1, 12)
                select (GraceRule?)new GraceRule(count, months));

        private static Gen<CancellationPolicy> Policies() =>
            from notice in Notices()
            from late in Fees()
            from noShow in Fees()
            from cap in Caps()
            from grace in Graces()
            from intake in Gen.Elements(true, false)
            from payers in Payers()
            from acceptance in Gen.Elements(true, false)
            select new CancellationPolicy(
                Pid,
                1,
                "Generated",
                new LocalDate(2025, 1, 1),
                NewYork,
                Currency.Usd,
                notice,
                late,
                noShow,
                cap,
                grace,
                intake,
                payers,
                acceptance,
                [new EscalationRule(2, 6, OccurrenceKinds.Both, EscalationAction.RequireCardOnFile)]);

        private static Gen<ClientHistory> Histories(Instant start) =>
            from count in Gen.Choose(0, 4)
            from days in Gen.ArrayOf(Gen.Choose(1, 500), count)
            from kinds in Gen.ArrayOf(Gen.Elements(CancellationClassification.LateCancellation, CancellationClassification.NoShow, CancellationClassification.OnTimeCancellation), count)
            from excused in Gen.ArrayOf(Gen.Elements(true, false), count)
            from accepted in Gen.Elements(true, false)
            select new ClientHistory(
                Enumerable.Range(0, count).Select(i => Prior(100 + i, start - Duration.FromDays(days[i]), kinds[i], excused[i])).ToImmutableArray(),
                accepted ? [new PolicyAcceptance(new CancellationPolicyReference(Pid, 1), Base, null)] : []);

        private static Gen<ClientCoverage> Coverages() =>
            Gen.OneOf(
                Gen.Constant(ClientCoverage.SelfPay),
                from payerClass in Gen.Elements(Enum.GetValues<PayerClass>())
                from payer in Gen.Elements<PayerId?>(ForbiddingPayer, OtherPayer, null)
                select ClientCoverage.Only(payerClass, payer),
                from primary in Gen.Elements(PayerClass.Commercial, PayerClass.Medicare)
                select new ClientCoverage(
                [
                    new CoveragePeriod(primary, OtherPayer, new LocalDate(2020, 1, 1), null, 1),
                    new CoveragePeriod(PayerClass.Medicaid, null, new LocalDate(2020, 1, 1), null, 2),
                ]));
    }
}

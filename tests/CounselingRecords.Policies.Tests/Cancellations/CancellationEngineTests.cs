using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

public sealed class CancellationEngineTests
{
    // Friday 13 March 2026, 10:00 in New York (after the spring change).
    private static readonly Instant Start = Ny(2026, 3, 13, 10);

    [Fact]
    public void Evaluate_ClinicianCancelsLate_IsFreeWithProviderRule()
    {
        var decision = CancellationEngine.Evaluate(Policy(), Appointment(Start), ClientHistory.Empty, ClientCoverage.SelfPay, CancellationEvent.ByClinician(Start - Duration.FromHours(1)));

        Assert.Equal(CancellationClassification.ClinicianCancellation, decision.Classification);
        Assert.True(decision.Fee.IsZero);
        Assert.Equal(FeeOutcome.NoFee, decision.Outcome);
        Assert.Equal(FeeBillTo.NotBilled, decision.BillTo);
        var rule = Assert.Single(decision.Rules);
        Assert.Equal(PolicyRuleIds.ProviderInitiated, rule.RuleId);
        Assert.Contains("your clinician", rule.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PracticeCancels_IsFreeAndSaysSo()
    {
        var decision = CancellationEngine.Evaluate(Policy(), Appointment(Start), ClientHistory.Empty, ClientCoverage.SelfPay, CancellationEvent.ByPractice(Start));

        Assert.Equal(CancellationClassification.ClinicianCancellation, decision.Classification);
        Assert.Equal(CancellationParty.Practice, decision.Party);
        Assert.Contains("the practice", decision.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExactlyTheWindow_IsOnTimeWithNoticeAndDeadline()
    {
        var decision = Cancel(Policy(), Appointment(Start), Start - Duration.FromHours(24));

        Assert.Equal(CancellationClassification.OnTimeCancellation, decision.Classification);
        Assert.Equal(Duration.FromHours(24), decision.Notice);
        Assert.Equal(Start - Duration.FromHours(24), decision.OnTimeDeadline);
        Assert.True(decision.Fee.IsZero);
        Assert.Equal(CancellationRuleKeys.NoticeElapsed, Assert.Single(decision.Rules).Key);
    }

    [Fact]
    public void Evaluate_OneMinuteShort_IsLateAndChargesTheFullFee()
    {
        var decision = Cancel(Policy(), Appointment(Start), Start - Duration.FromHours(24) + Duration.FromMinutes(1));

        Assert.Equal(CancellationClassification.LateCancellation, decision.Classification);
        Assert.Equal(Money.Usd(150m), decision.Fee);
        Assert.Equal(FeeOutcome.Charged, decision.Outcome);
        Assert.Equal(FeeBillTo.ClientOnly, decision.BillTo);
        Assert.Equal(
            new[] { CancellationRuleKeys.NoticeElapsed, CancellationRuleKeys.LateCancellationFee, CancellationRuleKeys.ClientOnly },
            decision.Rules.Select(r => r.Key).ToArray());
        Assert.Contains("23 hours 59 minutes before the appointment", decision.Rules[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReceivedAtTheStart_IsANoShow()
    {
        var decision = Cancel(Policy(noShow: FeeRule.Flat(Money.Usd(175m)), late: FeeRule.PercentOfSessionFee(50m)), Appointment(Start), Start);

        Assert.Equal(CancellationClassification.NoShow, decision.Classification);
        Assert.Equal(Money.Usd(175m), decision.Fee);
        Assert.Null(decision.Notice);
    }

    [Fact]
    public void Evaluate_NoContact_IsANoShowAndSaysSo()
    {
        var decision = NoShow(Policy(), Appointment(Start));

        Assert.Equal(CancellationClassification.NoShow, decision.Classification);
        Assert.Equal(CancellationParty.None, decision.Party);
        Assert.Contains("did not let us know", decision.Rules[0].Explanation, StringComparison.Ordinal);
        Assert.Equal("none", decision.Rules[0].Input("received-at"));
    }

    [Fact]
    public void Evaluate_NoShowFeeBelowLateFee_IsRaisedToTheLateFee()
    {
        var policy = Policy(late: FeeRule.Flat(Money.Usd(100m)), noShow: FeeRule.PercentOfSessionFee(50m));

        var decision = NoShow(policy, Appointment(Start));

        Assert.Equal(Money.Usd(100m), decision.Fee);
        Assert.NotNull(decision.Find(CancellationRuleKeys.NoShowFloor));
    }

    [Fact]
    public void Evaluate_PercentageFee_RoundsHalfAwayFromZero()
    {
        var decision = Cancel(Policy(late: FeeRule.PercentOfSessionFee(50m)), Appointment(Start, Money.Usd(24.69m)), Start - Duration.FromHours(1));

        Assert.Equal(Money.Usd(12.35m), decision.Fee);
    }

    [Fact]
    public void Evaluate_PolicyWithNoLateFee_ClassifiesLateButChargesNothing()
    {
        var decision = Cancel(Policy(late: FeeRule.None), Appointment(Start), Start - Duration.FromHours(1));

        Assert.Equal(CancellationClassification.LateCancellation, decision.Classification);
        Assert.Equal(FeeOutcome.NoFee, decision.Outcome);
        Assert.Contains("no late-cancellation fee", decision.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BothCaps_TheLowerWins()
    {
        var policy = Policy(late: FeeRule.Flat(Money.Usd(300m)), cap: FeeCap.AtMost(Money.Usd(200m), alsoAtSessionFee: true));

        var decision = Cancel(policy, Appointment(Start, Money.Usd(120m)), Start - Duration.FromHours(1));

        Assert.Equal(Money.Usd(120m), decision.Fee);
        Assert.Equal(Money.Usd(120m), decision.AssessedFee);
        Assert.NotNull(decision.Find(CancellationRuleKeys.CapAtSessionFee));
        Assert.Null(decision.Find(CancellationRuleKeys.CapAtMaximum));
    }

    [Fact]
    public void Evaluate_Preview_IsMarkedAndExplainsTheDeadline()
    {
        var decision = CancellationEngine.Preview(Policy(), Appointment(Start), ClientHistory.Empty, ClientCoverage.SelfPay, Start - Duration.FromHours(30));

        Assert.True(decision.IsPreview);
        Assert.Equal(CancellationClassification.OnTimeCancellation, decision.Classification);
        Assert.Equal(Start - Duration.FromHours(24), decision.OnTimeDeadline);
    }

    [Fact]
    public void Evaluate_MedicaidLateCancel_ZeroFeeWithReasonAndAssessedFeeKept()
    {
        var decision = Cancel(Policy(), Appointment(Start), Start - Duration.FromHours(2), coverage: Coverage(PayerClass.Medicaid));

        Assert.Equal(CancellationClassification.LateCancellation, decision.Classification);
        Assert.True(decision.Fee.IsZero);
        Assert.Equal(Money.Usd(150m), decision.AssessedFee);
        Assert.Equal(FeeOutcome.Exempt, decision.Outcome);
        var rule = decision.Rules[^1];
        Assert.Equal(PolicyRuleIds.Medicaid, rule.RuleId);
        Assert.Equal("Medicaid", rule.Input("payer-class"));
        Assert.Contains("Medicaid does not allow fees", rule.Explanation, StringComparison.Ordinal);
        Assert.Null(decision.Find(CancellationRuleKeys.ClientOnly));
    }

    [Fact]
    public void Explain_MedicaidLateCancel_ReadsAsDocumented()
    {
        var decision = Cancel(Policy(), Appointment(Start), Ny(2026, 3, 13, 8), coverage: Coverage(PayerClass.Medicaid));

        Assert.Equal(
            "Your cancellation was received on Friday, March 13, 2026 at 8:00 AM EDT, 2 hours before the appointment on "
            + "Friday, March 13, 2026 at 10:00 AM EDT; the policy asks for at least 24 hours of notice, so it is a late "
            + "cancellation. The late-cancellation fee is the full session fee: 150.00 USD. No fee is charged: Medicaid does "
            + "not allow fees for missed or cancelled appointments.",
            decision.Explain());
    }

    [Fact]
    public void Evaluate_CoverageEndedBeforeTheAppointment_IsNotConsulted()
    {
        var coverage = new ClientCoverage([new CoveragePeriod(PayerClass.Medicaid, null, new LocalDate(2025, 1, 1), new LocalDate(2026, 3, 12), 1)]);

        var decision = Cancel(Policy(), Appointment(Start), Start - Duration.FromHours(2), coverage: coverage);

        Assert.Equal(Money.Usd(150m), decision.Fee);
    }

    [Fact]
    public void Evaluate_CoverageStartingOnTheAppointmentDate_Applies()
    {
        var coverage = new ClientCoverage([new CoveragePeriod(PayerClass.DualEligible, null, new LocalDate(2026, 3, 13), null, 1)]);

        var decision = Cancel(Policy(), Appointment(Start), Start - Duration.FromHours(2), coverage: coverage);

        Assert.True(decision.Fee.IsZero);
        Assert.Contains("both Medicare and Medicaid", decision.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RequiresAcceptanceWithoutOne_NoFeeAndListsAcceptedVersions()
    {
        var history = ClientHistory.Accepted(new PolicyAcceptance(new CancellationPolicyReference(Pid, 1), Ny(2026, 1, 2, 9), null));
        var policy = Policy(requiresAcceptance: true, version: 2);

        var decision = Cancel(policy, Appointment(Start), Start - Duration.FromHours(2), history);

        Assert.True(decision.Fee.IsZero);
        Assert.Equal(FeeOutcome.NotAccepted, decision.Outcome);
        var rule = decision.Find(CancellationRuleKeys.AcceptanceMissing)!;
        Assert.Equal("1", rule.Input("accepted-versions"));
        Assert.Equal(PolicyRuleIds.DisclosureAndCap, rule.RuleId);
    }

    [Fact]
    public void Evaluate_AcceptanceWithdrawnBeforeTheCancellation_NoFee()
    {
        var reference = new CancellationPolicyReference(Pid, 1);
        var history = ClientHistory.Accepted(new PolicyAcceptance(reference, Ny(2026, 1, 2, 9), Ny(2026, 3, 1, 9)));

        var decision = Cancel(Policy(requiresAcceptance: true), Appointment(Start), Start - Duration.FromHours(2), history);

        Assert.Equal(FeeOutcome.NotAccepted, decision.Outcome);
    }

    [Fact]
    public void Evaluate_ExceptionGranted_WaivesAndRecordsKindAndGrantorButNotTheReason()
    {
        var exception = new FeeException(FeeExceptionKind.Illness, "Hospitalized overnight", Staff, Start);
        var cancellation = CancellationEvent.ByClient(Start - Duration.FromHours(3), CancellationChannel.Phone).WithException(exception);

        var decision = CancellationEngine.Evaluate(Policy(), Appointment(Start), ClientHistory.Empty, ClientCoverage.SelfPay, cancellation);

        Assert.Equal(FeeOutcome.Waived, decision.Outcome);
        Assert.Same(exception, decision.Exception);
        var rule = decision.Find(CancellationRuleKeys.ExceptionWaiver)!;
        Assert.Equal("Illness", rule.Input("exception-kind"));
        Assert.Equal(Staff.ToString(), rule.Input("granted-by"));
        Assert.DoesNotContain("Hospitalized", decision.Explain(), StringComparison.Ordinal);
        Assert.DoesNotContain("Hospitalized", decision.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IntakeWaiver_AppliesToIntakeOnly()
    {
        var policy = Policy(waiveIntake: true);

        Assert.Equal(FeeOutcome.Waived, NoShow(policy, Appointment(Start, intake: true)).Outcome);
        Assert.Equal(FeeOutcome.Charged, NoShow(policy, Appointment(Start, intake: false)).Outcome);
    }

    [Fact]
    public void Evaluate_FirstOccurrence_IsWaivedAndTheSecondIsCharged()
    {
        var policy = Policy(grace: GraceRule.FirstIn(12));

        var first = NoShow(policy, Appointment(Start));
        var second = NoShow(policy, Appointment(Start + Duration.FromDays(7), number: 2), new ClientHistory([PriorOccurrence.From(first)], []));

        Assert.Equal(FeeOutcome.Waived, first.Outcome);
        Assert.Equal(FeeOutcome.Charged, second.Outcome);
        Assert.NotNull(second.Find(CancellationRuleKeys.FirstOccurrenceUsed));
        Assert.Equal("1", second.Find(CancellationRuleKeys.FirstOccurrenceUsed)!.Input("prior-occurrences"));
    }

    [Fact]
    public void Evaluate_ExcusedPriorEvents_DoNotUseTheGrace()
    {
        var history = new ClientHistory([Prior(9, Start - Duration.FromDays(30), excused: true)], []);

        var decision = NoShow(Policy(grace: GraceRule.FirstIn(12)), Appointment(Start), history);

        Assert.Equal(FeeOutcome.Waived, decision.Outcome);
    }

    [Fact]
    public void Evaluate_HistoryContainingThisAppointment_IsNotCountedTwice()
    {
        var history = new ClientHistory([Prior(1, Start)], []);

        var decision = NoShow(Policy(grace: GraceRule.FirstIn(12)), Appointment(Start, number: 1), history);

        Assert.Equal(FeeOutcome.Waived, decision.Outcome);
    }

    [Fact]
    public void Evaluate_OnTimeAndProviderCancellationsInHistory_DoNotCount()
    {
        var history = new ClientHistory(
            [
                Prior(7, Start - Duration.FromDays(10), CancellationClassification.OnTimeCancellation),
                Prior(8, Start - Duration.FromDays(20), CancellationClassification.ClinicianCancellation),
            ],
            []);

        Assert.Equal(FeeOutcome.Waived, NoShow(Policy(grace: GraceRule.FirstIn(12)), Appointment(Start), history).Outcome);
    }

    [Fact]
    public void Evaluate_ThirdNoShowInSixMonths_TriggersEscalationsInPolicyOrder()
    {
        var policy = Policy(escalations:
        [
            new EscalationRule(2, 6, OccurrenceKinds.Both, EscalationAction.RequireCardOnFile),
            new EscalationRule(3, 6, OccurrenceKinds.NoShow, EscalationAction.ReviewForDischarge),
        ]);
        var history = new ClientHistory([Prior(7, Start - Duration.FromDays(60)), Prior(8, Start - Duration.FromDays(30))], []);

        var decision = NoShow(policy, Appointment(Start), history);

        Assert.Equal(new[] { EscalationAction.RequireCardOnFile, EscalationAction.ReviewForDischarge }, decision.Escalations.Select(e => e.Action).ToArray());
        Assert.Equal(3, decision.Escalations[1].Count);
        Assert.Contains("3rd missed appointment in 6 months", decision.Escalations[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EscalationCountingOnlyNoShows_IsNotTriggeredByALateCancel()
    {
        var policy = Policy(escalations: [new EscalationRule(1, 6, OccurrenceKinds.NoShow, EscalationAction.ReviewForDischarge)]);

        var decision = Cancel(policy, Appointment(Start), Start - Duration.FromHours(1));

        Assert.Empty(decision.Escalations);
    }

    [Fact]
    public void Evaluate_MedicaidEscalationToCardOnFile_IsSuppressedButDischargeReviewStands()
    {
        var policy = Policy(escalations:
        [
            new EscalationRule(1, 6, OccurrenceKinds.Both, EscalationAction.RequireCardOnFile),
            new EscalationRule(1, 6, OccurrenceKinds.Both, EscalationAction.ReviewForDischarge),
        ]);

        var decision = NoShow(policy, Appointment(Start), coverage: Coverage(PayerClass.Medicaid));

        Assert.Equal(EscalationAction.ReviewForDischarge, Assert.Single(decision.Escalations).Action);
        Assert.NotNull(decision.Find(CancellationRuleKeys.EscalationSuppressed));
    }

    [Fact]
    public void Evaluate_ExcusedEvent_TriggersNoEscalation()
    {
        var policy = Policy(escalations: [new EscalationRule(1, 6, OccurrenceKinds.Both, EscalationAction.ReviewForDischarge)]);
        var cancellation = CancellationEvent.NoContact().WithException(new FeeException(FeeExceptionKind.Weather, "Snowstorm", Staff, Start));

        var decision = CancellationEngine.Evaluate(policy, Appointment(Start), ClientHistory.Empty, ClientCoverage.SelfPay, cancellation);

        Assert.Empty(decision.Escalations);
    }

    [Fact]
    public void Evaluate_SessionFeeInAnotherCurrency_Throws()
    {
        Assert.Throws<ArgumentException>(() => Cancel(Policy(), Appointment(Start, new Money(150m, Currency.Eur)), Start - Duration.FromHours(1)));
    }

    [Fact]
    public void Evaluate_PolicyNotYetInEffect_Throws()
    {
        var policy = Policy(effectiveFrom: new LocalDate(2026, 4, 1));

        Assert.Throws<ArgumentException>(() => Cancel(policy, Appointment(Start), Start - Duration.FromHours(1)));
    }

    [Fact]
    public void Evaluate_RulesWithFees_CarryTheFeeAfterEachStep()
    {
        var policy = Policy(late: FeeRule.Flat(Money.Usd(250m)), cap: FeeCap.AtMost(Money.Usd(200m)));

        var decision = Cancel(policy, Appointment(Start, Money.Usd(300m)), Start - Duration.FromHours(1));

        Assert.Equal(
            new Money?[] { null, Money.Usd(250m), Money.Usd(200m), Money.Usd(200m) },
            decision.Rules.Select(r => r.FeeAfter).ToArray());
    }

    [Fact]
    public void Decision_ToString_NamesIdsAndOutcomeOnly()
    {
        var decision = Cancel(Policy(), Appointment(Start), Start - Duration.FromHours(1));

        var text = decision.ToString();

        Assert.Contains(TestIds.Numbered<AppointmentId>(1).ToString(), text, StringComparison.Ordinal);
        Assert.Contains("LateCancellation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_Constructor_RejectsAFeeAboveTheAssessedFee()
    {
        Assert.Throws<ArgumentException>(() => new CancellationDecision(
            new CancellationPolicyReference(Pid, 1),
            TestIds.Numbered<AppointmentId>(1),
            Client,
            Start,
            CancellationClassification.LateCancellation,
            CancellationParty.Client,
            CancellationChannel.Phone,
            Start,
            null,
            null,
            null,
            Money.Usd(10m),
            Money.Usd(20m),
            FeeOutcome.Charged,
            FeeBillTo.ClientOnly,
            null,
            [new AppliedRule("R4.2", "fee.late_cancellation", ImmutableArray<RuleInput>.Empty, "A fee.", Money.Usd(20m))],
            [],
            false));
    }
}

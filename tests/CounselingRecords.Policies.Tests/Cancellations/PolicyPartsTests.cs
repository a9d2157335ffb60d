using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

public sealed class PolicyPartsTests
{
    [Fact]
    public void NoticeRule_BusinessDaysWithAWindow_Throws()
    {
        Assert.Throws<ArgumentException>(() => new NoticeRule(NoticeMode.BusinessDays, Duration.FromHours(1), 1, null, WeekdaysNineToFive()));
    }

    [Fact]
    public void NoticeRule_OfficeHoursModesWithoutHours_Throw()
    {
        var daysOnly = OfficeCalendar.BusinessDaysOnly([IsoDayOfWeek.Monday]);

        Assert.Throws<ArgumentException>(() => NoticeRule.DeemedReceipt(Duration.FromHours(24), daysOnly));
        Assert.Throws<ArgumentException>(() => NoticeRule.OfficeHoursOnly(Duration.FromHours(24), daysOnly));
        Assert.Throws<ArgumentException>(() => new NoticeRule(NoticeMode.DeemedReceipt, Duration.FromHours(24), 0, null, null));
    }

    [Fact]
    public void NoticeRule_NegativeWindowOrZeroBusinessDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticeRule.Elapsed(Duration.FromHours(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NoticeRule.BusinessDaysAhead(0, WeekdaysNineToFive()));
    }

    [Fact]
    public void NoticeRule_Describe_NamesTheRequirement()
    {
        Assert.Equal("at least 48 hours of notice", NoticeRule.Hours(48).Describe());
        Assert.Equal("at least 7 days of notice", NoticeRule.Elapsed(Duration.FromDays(7)).Describe());
        Assert.Equal("at least 1 business day of notice", NoticeRule.BusinessDaysAhead(1, WeekdaysNineToFive()).Describe());
    }

    [Fact]
    public void FeeRule_Compute_ByKind()
    {
        var session = Money.Usd(150m);

        Assert.Equal(Money.Usd(150m), FeeRule.FullSessionFee.Compute(session));
        Assert.Equal(Money.Usd(105m), FeeRule.PercentOfSessionFee(70m).Compute(session));
        Assert.Equal(Money.Usd(50m), FeeRule.Flat(Money.Usd(50m)).Compute(session));
        Assert.Equal(Money.Usd(0m), FeeRule.None.Compute(session));
    }

    [Fact]
    public void FeeRule_InconsistentParts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeeRule(FeeKind.PercentageOfSessionFee, 0m, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeeRule(FeeKind.FullSessionFee, 50m, null));
        Assert.Throws<ArgumentException>(() => new FeeRule(FeeKind.FlatAmount, 0m, Money.Usd(0m)));
        Assert.Throws<ArgumentException>(() => new FeeRule(FeeKind.None, 0m, Money.Usd(10m)));
    }

    [Fact]
    public void FeeCap_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FeeCap.AtMost(Money.Usd(-1m)));
    }

    [Fact]
    public void GraceAndEscalation_BelowOne_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraceRule(0, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraceRule(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationRule(0, 6, OccurrenceKinds.Both, EscalationAction.RequirePrepayment));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EscalationRule(2, 6, OccurrenceKinds.None, EscalationAction.RequirePrepayment));
    }

    [Fact]
    public void PayerRules_NonMedicaidExemption_IsDetected()
    {
        Assert.False(PayerRules.Default.HasNonMedicaidExemption());
        Assert.False(new PayerRules([PayerClass.Medicaid, PayerClass.DualEligible], [], true, false).HasNonMedicaidExemption());
        Assert.True(new PayerRules([PayerClass.WorkersCompensation], [], true, false).HasNonMedicaidExemption());
        Assert.True(new PayerRules([], [TestIds.Numbered<PayerId>(3)], true, false).HasNonMedicaidExemption());
    }

    [Fact]
    public void CancellationPolicy_FlatFeeInAnotherCurrency_Throws()
    {
        Assert.Throws<ArgumentException>(() => Policy(late: FeeRule.Flat(new Money(50m, Currency.Eur))));
    }

    [Fact]
    public void CancellationPolicy_Revise_IncrementsTheVersionAndKeepsTheRest()
    {
        var original = Policy(grace: GraceRule.FirstIn(12), waiveIntake: true);

        var revised = original.Revise(new LocalDate(2026, 7, 1), lateCancellationFee: FeeRule.PercentOfSessionFee(50m));

        Assert.Equal(2, revised.Version);
        Assert.Equal(new LocalDate(2026, 7, 1), revised.EffectiveFrom);
        Assert.Equal(FeeKind.PercentageOfSessionFee, revised.LateCancellationFee.Kind);
        Assert.Same(original.NoShowFee, revised.NoShowFee);
        Assert.Same(original.Grace, revised.Grace);
        Assert.True(revised.WaiveIntakeSessions);
        Assert.Null(original.Revise(new LocalDate(2026, 7, 1), removeGrace: true).Grace);
    }

    [Fact]
    public void CancellationEvent_ReceiptTimeExactlyWhenSomeoneCancelled()
    {
        Assert.Throws<ArgumentException>(() => new CancellationEvent(CancellationParty.None, Ny(2026, 3, 1, 9), CancellationChannel.Phone, null));
        Assert.Throws<ArgumentException>(() => new CancellationEvent(CancellationParty.Client, null, CancellationChannel.Phone, null));
    }

    [Fact]
    public void FeeException_ToString_HidesTheReason()
    {
        var exception = new FeeException(FeeExceptionKind.Emergency, "Car accident on the way", Staff, Ny(2026, 3, 1, 9));

        Assert.DoesNotContain("accident", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyAcceptance_WithdrawnBeforeGiven_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PolicyAcceptance(new CancellationPolicyReference(Pid, 1), Ny(2026, 3, 2, 9), Ny(2026, 3, 1, 9)));
    }

    [Fact]
    public void PolicyAcceptance_InForceAt_BoundariesAreGivenInclusiveWithdrawnExclusive()
    {
        var acceptance = new PolicyAcceptance(new CancellationPolicyReference(Pid, 1), Ny(2026, 3, 1, 9), Ny(2026, 3, 5, 9));

        Assert.True(acceptance.InForceAt(Ny(2026, 3, 1, 9)));
        Assert.False(acceptance.InForceAt(Ny(2026, 3, 5, 9)));
        Assert.False(acceptance.InForceAt(Ny(2026, 2, 28, 9)));
    }

    [Fact]
    public void CoveragePeriod_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CoveragePeriod(PayerClass.Commercial, null, new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 1), 1));
    }

    [Fact]
    public void ClientCoverage_InEffectOn_IsPrimaryFirst()
    {
        var coverage = new ClientCoverage(
        [
            new CoveragePeriod(PayerClass.Medicaid, null, new LocalDate(2026, 1, 1), null, 2),
            new CoveragePeriod(PayerClass.Commercial, null, new LocalDate(2026, 1, 1), null, 1),
        ]);

        Assert.Equal(new[] { PayerClass.Commercial, PayerClass.Medicaid }, coverage.InEffectOn(new LocalDate(2026, 3, 1)).Select(p => p.PayerClass).ToArray());
        Assert.Empty(coverage.InEffectOn(new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void AppointmentFacts_NegativeFeeOrEmptyIds_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Appointment(Ny(2026, 3, 13, 10), Money.Usd(-1m)));
        Assert.Throws<ArgumentException>(() => new AppointmentFacts(default, Client, Clinician, Ny(2026, 3, 13, 10), SessionFee, false));
    }
}

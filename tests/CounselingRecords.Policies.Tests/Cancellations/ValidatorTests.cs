using System.Collections.Immutable;
using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Results;
using CounselingRecords.Validation;
using NodaTime;
using static CounselingRecords.Policies.Tests.Fixtures;

namespace CounselingRecords.Policies.Tests.Cancellations;

public sealed class ValidatorTests
{
    private static string[] Codes<T>(Result<T> result) => result.Error.Details.Select(d => d.Code).ToArray();

    [Fact]
    public void PolicyValidator_CommonPolicy_IsValid()
    {
        Assert.True(new CancellationPolicyValidator().Check(Policy(grace: GraceRule.FirstIn(12), cap: FeeCap.AtMost(Money.Usd(200m)))).Success);
    }

    [Fact]
    public void PolicyValidator_ReportsEachProblemWithItsCode()
    {
        var policy = Policy(
            notice: NoticeRule.Elapsed(Duration.FromDays(31)),
            late: FeeRule.Flat(Money.Usd(10.005m)),
            noShow: FeeRule.PercentOfSessionFee(120m),
            cap: FeeCap.AtMost(Money.Usd(0m)),
            grace: new GraceRule(13, 48),
            escalations:
            [
                new EscalationRule(2, 6, OccurrenceKinds.Both, EscalationAction.RequireCardOnFile),
                new EscalationRule(3, 60, OccurrenceKinds.Both, EscalationAction.RequireCardOnFile),
            ]);

        var codes = Codes(new CancellationPolicyValidator().Check(policy));

        Assert.Equal(
            new[]
            {
                PoliciesErrorCodes.PolicyWindowTooLong,
                PoliciesErrorCodes.PolicyPercentageAbove100,
                PoliciesErrorCodes.PolicyAmountNotRounded,
                PoliciesErrorCodes.PolicyCapZero,
                PoliciesErrorCodes.PolicyPeriodTooLong,
                PoliciesErrorCodes.PolicyGraceTooGenerous,
                PoliciesErrorCodes.PolicyPeriodTooLong,
                PoliciesErrorCodes.PolicyEscalationDuplicate,
            },
            codes);
    }

    [Fact]
    public void AppointmentFactsValidator_UnroundedFeeAndCurrency_AreReported()
    {
        var facts = Appointment(Ny(2026, 3, 13, 10), new Money(12.345m, Currency.Eur));

        var codes = Codes(new AppointmentFactsValidator(Currency.Usd).Check(facts));

        Assert.Equal(new[] { PoliciesErrorCodes.AppointmentSessionFeeInvalid, PoliciesErrorCodes.AppointmentCurrencyMismatch }, codes);
    }

    [Fact]
    public void CancellationEventValidator_ExceptionOnAProviderCancellation_IsReported()
    {
        var cancellation = CancellationEvent.ByClinician(Ny(2026, 3, 12, 9)).WithException(new FeeException(FeeExceptionKind.Other, "n/a", Staff, Ny(2026, 3, 12, 9)));

        Assert.Equal(new[] { PoliciesErrorCodes.ExceptionNotNeeded }, Codes(new CancellationEventValidator().Check(cancellation)));
    }

    [Fact]
    public void CancellationEventValidator_OverlongExceptionReason_IsReported()
    {
        var cancellation = CancellationEvent.NoContact().WithException(new FeeException(FeeExceptionKind.Illness, new string('x', 501), Staff, Ny(2026, 3, 12, 9)));

        Assert.Equal(new[] { PoliciesErrorCodes.ExceptionReasonTooLong }, Codes(new CancellationEventValidator().Check(cancellation)));
    }

    [Fact]
    public void ClientCoverageValidator_SameRankOverlap_IsReported()
    {
        var coverage = new ClientCoverage(
        [
            new CoveragePeriod(PayerClass.Commercial, null, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30), 1),
            new CoveragePeriod(PayerClass.Medicaid, null, new LocalDate(2026, 6, 30), null, 1),
        ]);

        Assert.Equal(new[] { PoliciesErrorCodes.CoverageRankOverlap }, Codes(new ClientCoverageValidator().Check(coverage)));
    }

    [Fact]
    public void ClientCoverageValidator_ConsecutivePeriods_AreValid()
    {
        var coverage = new ClientCoverage(
        [
            new CoveragePeriod(PayerClass.Commercial, null, new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 29), 1),
            new CoveragePeriod(PayerClass.Medicaid, null, new LocalDate(2026, 6, 30), null, 1),
        ]);

        Assert.True(new ClientCoverageValidator().Check(coverage).Success);
    }
}

using System.Collections.Immutable;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R4.3 grace and waivers: the first late cancellation or no-show in a rolling 12 months is not billed and later
/// ones are 25 % of the fee (psyling); intake no-shows are waived; emergencies, illness and weather are waived at
/// the clinician's discretion with a reason. The appointment is a no-show on Friday 13 March 2026 10:00, session
/// fee 160 USD, so 25 % is 40 USD.
/// </summary>
public sealed class R4_3WaiverTable
{
    private const string Start = "2026-03-13T10:00";

    [Theory]
    [InlineData("R4.3 first in 12 months", null, false, false, 0.00)]
    [InlineData("R4.3 second in 12 months", "2025-12-12T10:00", false, false, 40.00)]
    [InlineData("R4.3 prior exactly 12 months ago counts", "2025-03-13T10:00", false, false, 40.00)]
    [InlineData("R4.3 prior just over 12 months ago", "2025-03-13T09:59", false, false, 0.00)]
    [InlineData("R4.3 prior 13 months ago", "2025-02-13T10:00", false, false, 0.00)]
    [InlineData("R4.3 prior excused", "2026-02-13T10:00", true, false, 0.00)]
    [InlineData("R4.3 intake no-show", "2026-02-13T10:00", false, true, 0.00)]
    public void GraceAndIntake(string rule, string? priorNoShow, bool priorExcused, bool intake, double expected)
    {
        var policy = Policy(late: FeeRule.PercentOfSessionFee(25m), noShow: FeeRule.PercentOfSessionFee(25m), grace: GraceRule.FirstIn(12), waiveIntake: true);
        var history = priorNoShow is null
            ? ClientHistory.Empty
            : new ClientHistory([new PriorOccurrence(TestIds.Numbered<AppointmentId>(90), Local(priorNoShow), CancellationClassification.NoShow, priorExcused)], ImmutableArray<PolicyAcceptance>.Empty);

        var decision = Decide(policy, Appointment(Start, 160m, intake), null, history);

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
        Assert.Equal(expected == 0 ? FeeOutcome.Waived : FeeOutcome.Charged, decision.Outcome);
    }

    [Theory]
    [InlineData("R4.3 emergency", FeeExceptionKind.Emergency)]
    [InlineData("R4.3 illness", FeeExceptionKind.Illness)]
    [InlineData("R4.3 weather", FeeExceptionKind.Weather)]
    [InlineData("R4.3 other", FeeExceptionKind.Other)]
    public void DiscretionaryException(string rule, FeeExceptionKind kind)
    {
        var history = new ClientHistory([new PriorOccurrence(TestIds.Numbered<AppointmentId>(90), Local("2026-02-13T10:00"), CancellationClassification.NoShow, false)], []);
        var exception = new FeeException(kind, "Reason as the client gave it", Staff, Local("2026-03-13T12:00"));

        var decision = Decide(Policy(grace: GraceRule.FirstIn(12)), Appointment(Start), null, history, exception: exception);

        Assert.True(decision.Fee.IsZero, rule);
        var applied = decision.Find(CancellationRuleKeys.ExceptionWaiver)!;
        Assert.Equal(("R4.3", kind.ToString(), Staff.ToString()), (applied.RuleId, applied.Input("exception-kind"), applied.Input("granted-by")));
    }
}

using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R4.2 fee structures (full, 25/50/70 %, flat 50 or 75, late and no-show priced apart, a 200 USD maximum) and
/// the R4.8 cap at the session fee ("not to exceed the amount of the lost fees"). Percentages round half away
/// from zero (R6.10). A late cancellation is received two hours before a 10:00 appointment.
/// </summary>
public sealed class R4_2FeeTable
{
    [Theory]
    [InlineData("R4.2 full fee", "full", "full", 150.00, false, 150.00)]
    [InlineData("R4.2 50%", "50%", "full", 150.00, false, 75.00)]
    [InlineData("R4.2 25%", "25%", "full", 150.00, false, 37.50)]
    [InlineData("R4.2 70%", "70%", "full", 150.00, false, 105.00)]
    [InlineData("R4.2 flat 75", "$75", "full", 150.00, false, 75.00)]
    [InlineData("R4.2 flat 50", "$50", "full", 150.00, false, 50.00)]
    [InlineData("R4.2 50% late / 100% no-show", "50%", "full", 150.00, false, 75.00)]
    [InlineData("R4.2 50% late / 100% no-show", "50%", "full", 150.00, true, 150.00)]
    [InlineData("R4.2 no-show flat 75", "none", "$75", 150.00, true, 75.00)]
    [InlineData("R6.10 rounding", "50%", "full", 24.69, false, 12.35)]
    public void FeeByStructure(string rule, string late, string noShow, double sessionFee, bool isNoShow, double expected)
    {
        var policy = Policy(late: Fee(late), noShow: Fee(noShow));

        var decision = Decide(policy, Appointment("2026-03-13T10:00", (decimal)sessionFee), isNoShow ? null : "2026-03-13T08:00");

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
    }

    [Theory]
    [InlineData("R4.2 200 maximum binds", 250.00, 200.00)]
    [InlineData("R4.2 200 maximum does not bind", 180.00, 180.00)]
    [InlineData("R4.2 fee exactly at the 200 maximum", 200.00, 200.00)]
    [InlineData("R4.2 one cent over the 200 maximum", 200.01, 200.00)]
    public void AbsoluteCap(string rule, double sessionFee, double expected)
    {
        var decision = Decide(Policy(cap: FeeCap.AtMost(Money.Usd(200m))), Appointment("2026-03-13T10:00", (decimal)sessionFee), null);

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
    }

    [Theory]
    [InlineData("R4.8 flat above the session fee", 60.00, 60.00, true)]
    [InlineData("R4.8 flat below the session fee", 100.00, 75.00, false)]
    public void CapAtTheSessionFee(string rule, double sessionFee, double expected, bool capApplied)
    {
        var decision = Decide(Policy(late: FeeRule.Flat(Money.Usd(75m)), cap: FeeCap.AtSessionFee), Appointment("2026-03-13T10:00", (decimal)sessionFee), "2026-03-13T08:00");

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
        Assert.Equal(capApplied, decision.Find(CancellationRuleKeys.CapAtSessionFee) is { RuleId: "R4.8" });
    }
}

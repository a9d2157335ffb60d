using CounselingRecords.Care;
using CounselingRecords.Finance;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using NodaTime;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// Payer rules on a late cancellation with a full 150 USD fee: R4.4 a fee is billed to the client, never to
/// insurance; R4.5 Medicare only under a policy applied equally to all (strict by default: any non-Medicaid
/// exemption blocks it); R4.6 never Medicaid or dual-eligible (state-plan exception for secondary Medicaid);
/// R4.7 per-payer contracts that forbid fees.
/// </summary>
public sealed class R4_4To4_7PayerTable
{
    private static CancellationDecision LateCancel(ClientCoverage coverage, PayerRules? payers = null) =>
        Decide(Policy(payers: payers), Appointment("2026-03-13T10:00"), "2026-03-13T08:00", coverage: coverage);

    private static PayerRules Rules(string exemptions, bool strict = true, bool medicaidSecondary = false) => new(
        [.. exemptions.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(e => e != "kaiser").Select(Enum.Parse<PayerClass>)],
        exemptions.Contains("kaiser", StringComparison.Ordinal) ? [Kaiser] : [],
        strict,
        medicaidSecondary);

    [Theory]
    [InlineData("R4.4 self-pay", PayerClass.SelfPay)]
    [InlineData("R4.4 commercial", PayerClass.Commercial)]
    [InlineData("R4.4 Medicare", PayerClass.Medicare)]
    public void FeeIsBilledToTheClientNeverOnAClaim(string rule, PayerClass payerClass)
    {
        var decision = LateCancel(ClientCoverage.Only(payerClass, OtherPlan));

        Assert.True(decision.BillTo == FeeBillTo.ClientOnly, rule);
        Assert.Equal("never", decision.Find(CancellationRuleKeys.ClientOnly)!.Input("claim"));
        Assert.Equal("R4.4", decision.Find(CancellationRuleKeys.ClientOnly)!.RuleId);
    }

    [Theory]
    [InlineData("R4.5 universal policy", PayerClass.Medicare, "", true, 150.00)]
    [InlineData("R4.5 workers' comp exempt, strict", PayerClass.Medicare, "WorkersCompensation", true, 0.00)]
    [InlineData("R4.5 workers' comp exempt, lenient", PayerClass.Medicare, "WorkersCompensation", false, 150.00)]
    [InlineData("R4.5 contract exemption, strict", PayerClass.Medicare, "kaiser", true, 0.00)]
    [InlineData("R4.5 Medicaid exemption does not count", PayerClass.Medicare, "Medicaid,DualEligible", true, 150.00)]
    [InlineData("R4.5 Medicare Advantage as Medicare", PayerClass.MedicareAdvantage, "Tricare", true, 0.00)]
    public void Medicare(string rule, PayerClass payerClass, string exemptions, bool strict, double expected)
    {
        var decision = LateCancel(ClientCoverage.Only(payerClass, OtherPlan), Rules(exemptions, strict));

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
        Assert.NotNull(decision.Rules.FirstOrDefault(r => r.RuleId == "R4.5"));
    }

    [Theory]
    [InlineData("R4.6 Medicaid", PayerClass.Medicaid, null, false, 0.00)]
    [InlineData("R4.6 dual-eligible", PayerClass.DualEligible, null, false, 0.00)]
    [InlineData("R4.6 dual-eligible, state exception on", PayerClass.DualEligible, null, true, 0.00)]
    [InlineData("R4.6 Medicaid secondary to commercial", PayerClass.Commercial, PayerClass.Medicaid, false, 0.00)]
    [InlineData("R4.6 Medicaid secondary, state exception on", PayerClass.Commercial, PayerClass.Medicaid, true, 150.00)]
    [InlineData("R4.6 Medicaid secondary to Medicare, state exception on", PayerClass.Medicare, PayerClass.Medicaid, true, 150.00)]
    [InlineData("R4.6 Medicaid primary, state exception on", PayerClass.Medicaid, PayerClass.Commercial, true, 0.00)]
    public void Medicaid(string rule, PayerClass primary, PayerClass? secondary, bool stateException, double expected)
    {
        var periods = secondary is { } s
            ? new ClientCoverage([new CoveragePeriod(primary, OtherPlan, new LocalDate(2025, 1, 1), null, 1), new CoveragePeriod(s, null, new LocalDate(2025, 1, 1), null, 2)])
            : ClientCoverage.Only(primary);

        var decision = LateCancel(periods, Rules(string.Empty, true, stateException));

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
        if (expected == 0)
        {
            Assert.Equal(("R4.6", FeeOutcome.Exempt), (decision.Rules[^1].RuleId, decision.Outcome));
            Assert.Equal(Money.Usd(150m), decision.AssessedFee);
        }
    }

    [Theory]
    [InlineData("R4.7 contract forbids", "kaiser", "kaiser", 0.00)]
    [InlineData("R4.7 other plan", "kaiser", "other", 150.00)]
    [InlineData("R4.7 payer class exempted by the practice", "WorkersCompensation", "wc", 0.00)]
    public void InNetworkContracts(string rule, string exemptions, string client, double expected)
    {
        var coverage = client switch
        {
            "kaiser" => ClientCoverage.Only(PayerClass.Commercial, Kaiser),
            "wc" => ClientCoverage.Only(PayerClass.WorkersCompensation, OtherPlan),
            _ => ClientCoverage.Only(PayerClass.Commercial, OtherPlan),
        };

        var decision = LateCancel(coverage, Rules(exemptions));

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
    }
}

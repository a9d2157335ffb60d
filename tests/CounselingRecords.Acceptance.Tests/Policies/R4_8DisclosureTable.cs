using CounselingRecords.Finance;
using CounselingRecords.Policies.Cancellations;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R4.8 / R5.8: the policy must be disclosed (and, here, accepted) before services; a fee is charged only under a
/// policy version the client accepted before the event (the receipt of a late cancellation, the start of a missed
/// appointment) and had not withdrawn. Full 150 USD fee; appointment Friday 13 March 2026 10:00.
/// </summary>
public sealed class R4_8DisclosureTable
{
    [Theory]
    [InlineData("R4.8 accepted before", 1, 1, "2026-01-05T09:00", null, "2026-03-13T08:00", 150.00)]
    [InlineData("R4.8 accepted another version", 2, 1, "2026-01-05T09:00", null, "2026-03-13T08:00", 0.00)]
    [InlineData("R4.8 accepted after cancelling", 1, 1, "2026-03-13T09:00", null, "2026-03-13T08:00", 0.00)]
    [InlineData("R4.8 accepted at the moment of cancelling", 1, 1, "2026-03-13T08:00", null, "2026-03-13T08:00", 150.00)]
    [InlineData("R4.8 withdrawn before cancelling", 1, 1, "2026-01-05T09:00", "2026-03-01T09:00", "2026-03-13T08:00", 0.00)]
    [InlineData("R4.8 never accepted", 1, 0, null, null, "2026-03-13T08:00", 0.00)]
    [InlineData("R4.8 no-show, accepted before the start", 1, 1, "2026-03-13T09:00", null, null, 150.00)]
    public void FeeOnlyUnderAnAcceptedVersion(string rule, int policyVersion, int acceptedVersion, string? acceptedAt, string? withdrawnAt, string? received, double expected)
    {
        var history = acceptedAt is null
            ? ClientHistory.Empty
            : ClientHistory.Accepted(new PolicyAcceptance(new CancellationPolicyReference(PolicyId, acceptedVersion), Local(acceptedAt), LocalOrNone(withdrawnAt)));

        var decision = Decide(Policy(requiresAcceptance: true, version: policyVersion), Appointment("2026-03-13T10:00"), received, history);

        Assert.True(Money.Usd((decimal)expected) == decision.Fee, $"{rule}: {decision.Fee}");
        Assert.Equal(expected == 0 ? FeeOutcome.NotAccepted : FeeOutcome.Charged, decision.Outcome);
    }
}

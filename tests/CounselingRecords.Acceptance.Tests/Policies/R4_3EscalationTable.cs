using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Policies.Cancellations;
using CounselingRecords.Testing.Identity;
using static CounselingRecords.Acceptance.Tests.Policies.PolicyTable;

namespace CounselingRecords.Acceptance.Tests.Policies;

/// <summary>
/// R4.3 escalation after repeated events, modelled as N events in a rolling M months (this event included): a
/// policy reviews for discharge at the 2nd no-show in 6 months and asks for a card on file at the 3rd late
/// cancellation or no-show in 12 months. The current no-show is on Friday 2026-03-13 10:00 New York time; a prior
/// event exactly M months before (same wall-clock time) is inside the window, one day more is outside.
/// </summary>
public sealed class R4_3EscalationTable
{
    private const string Start = "2026-03-13T10:00";

    private static readonly ImmutableArray<EscalationRule> Rules =
    [
        new EscalationRule(2, 6, OccurrenceKinds.NoShow, EscalationAction.ReviewForDischarge),
        new EscalationRule(3, 12, OccurrenceKinds.Both, EscalationAction.RequireCardOnFile),
    ];

    [Theory]
    [InlineData("R4.3 2 in 6 months: prior no-show exactly 6 months ago counts", new[] { "2025-09-13T10:00" }, new string[0], new[] { EscalationAction.ReviewForDischarge })]
    [InlineData("R4.3 2 in 6 months: prior no-show 6 months and one day ago does not", new[] { "2025-09-12T10:00" }, new string[0], new EscalationAction[0])]
    [InlineData("R4.3 2 in 6 months: prior no-show one minute more than 6 months ago does not", new[] { "2025-09-13T09:59" }, new string[0], new EscalationAction[0])]
    [InlineData("R4.3 2 in 6 months: a late cancellation does not count toward a no-show rule", new string[0], new[] { "2026-02-13T10:00" }, new EscalationAction[0])]
    [InlineData("R4.3 3 in 12 months: oldest exactly 12 months ago counts", new[] { "2025-03-13T10:00" }, new[] { "2025-06-13T10:00" }, new[] { EscalationAction.RequireCardOnFile })]
    [InlineData("R4.3 3 in 12 months: oldest 12 months and one day ago does not", new[] { "2025-03-12T10:00" }, new[] { "2025-06-13T10:00" }, new EscalationAction[0])]
    [InlineData("R4.3 both rules at once", new[] { "2025-12-12T10:00" }, new[] { "2025-06-13T10:00" }, new[] { EscalationAction.ReviewForDischarge, EscalationAction.RequireCardOnFile })]
    public void NoShow_EscalatesAtNInMMonths(string rule, string[] priorNoShows, string[] priorLateCancellations, EscalationAction[] expected)
    {
        var n = 90;
        var history = new ClientHistory(
            [
                .. priorNoShows.Select(p => new PriorOccurrence(TestIds.Numbered<AppointmentId>(n++), Local(p), CancellationClassification.NoShow, false)),
                .. priorLateCancellations.Select(p => new PriorOccurrence(TestIds.Numbered<AppointmentId>(n++), Local(p), CancellationClassification.LateCancellation, false)),
            ],
            ImmutableArray<PolicyAcceptance>.Empty);

        var decision = Decide(Policy(escalations: Rules), Appointment(Start), null, history);

        Assert.True(expected.SequenceEqual(decision.Escalations.Select(e => e.Action)), $"{rule}: {string.Join(", ", decision.Escalations.Select(e => e.Action))}");
        Assert.All(decision.Escalations, e => Assert.False(string.IsNullOrWhiteSpace(e.Explanation)));
    }
}

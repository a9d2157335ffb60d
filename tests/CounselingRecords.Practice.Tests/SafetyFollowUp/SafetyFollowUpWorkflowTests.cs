using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.SafetyFollowUp;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.SafetyFollowUp;

public sealed class SafetyFollowUpWorkflowTests
{
    private static readonly RecordReference Screen = RecordReference.For("PlanMeasurement", TestIds.Numbered<MeasurementId>(7));
    private static readonly Instant At = Ny(2026, 3, 10, 14, 30);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(71);
    private readonly RecordingAuditSink _audit = new();
    private readonly Client _client;

    public SafetyFollowUpWorkflowTests() => _client = ActiveClient(_ids);

    /// <summary>PHQ-9 answers: items 1–8 all <paramref name="itemsOneToEight"/>, item 9 <paramref name="item9"/>.</summary>
    public static InstrumentScore Phq9(int itemsOneToEight, int item9)
    {
        var answers = new int?[10];
        for (var i = 0; i < 8; i++)
        {
            answers[i] = itemsOneToEight;
        }

        answers[8] = item9;
        return InstrumentScorer.Score(StandardInstruments.Phq9Default, answers).Value;
    }

    private SafetyFollowUpInput Input(InstrumentScore score, ImmutableArray<PracticeTask>? open = null, Client? client = null) =>
        new(client ?? _client, score, Screen, Associate, open ?? [], TestActors.Clinician, At, NewYork);

    [Fact]
    public async Task FollowUp_Item9OneWithMinimalTotal_RaisesFlagAndOpensSameDayTask_R8_2()
    {
        // Total 1 is in the "none/minimal" band (R8.1); item 9 > 0 still raises the flag (R8.2).
        var result = await new SafetyFollowUpWorkflow(_ids, _audit).FollowUpAsync(Input(Phq9(0, 1)));

        Assert.True(result.Positive);
        Assert.True(result.FlagRaised);
        Assert.Equal(new[] { SafetyFlagKind.SuicideRisk }, result.Client.ActiveSafetyFlags());
        Assert.Equal(Screen, result.Client.SafetyFlags.Single().Source);
        var task = Assert.IsType<PracticeTask>(result.Task);
        Assert.Equal((PracticeTaskKind.SafetyFollowUp, PracticeTaskStatus.Open, "R8.2", Associate, _client.Id), (task.Kind, task.Status, task.RuleId, task.AssignedTo!.Value, task.ClientId!.Value));
        Assert.Equal(Ny(2026, 3, 11, 0), task.DueAt);
        Assert.Equal(Screen, task.Subject);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((AuditAction.Create, AuditOutcome.Succeeded, "R8.2", Screen), (entry.Action, entry.Outcome, entry.RuleId, entry.Record));
    }

    [Fact]
    public void FollowUp_Item9Zero_SevereTotal_NoFlagNoTask_R8_2()
    {
        var result = new SafetyFollowUpWorkflow(_ids, _audit).FollowUp(Input(Phq9(3, 0)));

        Assert.False(result.Positive);
        Assert.Null(result.Task);
        Assert.Same(_client, result.Client);
        Assert.Empty(result.Client.ActiveSafetyFlags());
    }

    [Fact]
    public void FollowUp_TaskAlreadyOpenForTheScreen_NoSecondTask()
    {
        var workflow = new SafetyFollowUpWorkflow(_ids, _audit);
        var first = workflow.FollowUp(Input(Phq9(1, 2)));

        var second = workflow.FollowUp(Input(Phq9(1, 2), [first.Task!], first.Client));

        Assert.Null(second.Task);
        Assert.True(second.Positive);
        Assert.False(second.FlagRaised);
        Assert.Single(second.Client.SafetyFlags);
    }

    [Fact]
    public void FollowUp_FlagAlreadyActive_OpensTaskWithoutSecondFlag()
    {
        var flagged = _client.RaiseSafetyFlag(SafetyFlagKind.SuicideRisk, RecordReference.For("SessionNote", TestIds.Numbered<NoteId>(1)), At - Duration.FromDays(3));

        var result = new SafetyFollowUpWorkflow(_ids, _audit).FollowUp(Input(Phq9(1, 1), client: flagged));

        Assert.NotNull(result.Task);
        Assert.False(result.FlagRaised);
        Assert.Single(result.Client.SafetyFlags);
    }

    [Fact]
    public void FollowUp_OpenTaskOfAnotherClient_Throws()
    {
        var other = PracticeTask.Open(_ids, PracticeTaskKind.SafetyFollowUp, Screen, TestIds.Numbered<ClientId>(99), Associate, At, At, "R8.2", "x");

        Assert.Throws<ArgumentException>(() => new SafetyFollowUpWorkflow(_ids, _audit).FollowUp(Input(Phq9(1, 1), [other])));
    }
}

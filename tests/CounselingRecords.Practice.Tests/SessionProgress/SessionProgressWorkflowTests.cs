using System.Collections.Immutable;
using CounselingRecords.Auditing;
using CounselingRecords.Identity;
using CounselingRecords.Practice.SessionProgress;
using CounselingRecords.Practice.Tests.Support;
using CounselingRecords.Records.Clients;
using CounselingRecords.Records.Clinical;
using CounselingRecords.Records.Notes;
using CounselingRecords.Testing.Access;
using CounselingRecords.Testing.Auditing;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Instruments;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.Plans;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.SessionProgress;

public sealed class SessionProgressWorkflowTests
{
    private static readonly Instant Start = Ny(2026, 3, 10, 10);

    private readonly SeededIdGenerator _ids = TestIds.Seeded(81);
    private readonly RecordingAuditSink _audit = new();
    private readonly Client _client;
    private readonly TreatmentPlan _plan;

    public SessionProgressWorkflowTests()
    {
        _client = ActiveClient(_ids);
        _plan = Plan(_client.Id, new LocalDate(2026, 1, 5), _ids, Licensed);
    }

    private SessionNote Note(ImmutableArray<ObjectiveProgressEntry> progress, ImmutableArray<SessionMeasurement> measurements) =>
        SignedNote(_client, NoteDraft(_client.Id, null, Start, author: Licensed, progress: progress, measurements: measurements), _ids);

    private SessionProgressWorkflow Workflow() => new(_ids, _audit);

    private SessionProgressInput Input(SessionNote note, ImmutableArray<InstrumentScore> scores, TreatmentPlan? plan = null) =>
        new(note, plan ?? _plan, scores, ProgressPresets.UnitedStates, TestActors.OtherClinician, Start + Duration.FromHours(3));

    [Fact]
    public async Task Carry_SignedNote_LinksEachRatedObjectiveAndRecordsTheScore()
    {
        var phq = Phq9Objective(_plan).Id;
        var count = CountObjective(_plan).Id;
        var note = Note(
            [new ObjectiveProgressEntry(phq, ProgressRating.Improving, null), new ObjectiveProgressEntry(count, ProgressRating.NoChange, null)],
            [new SessionMeasurement("PHQ-9", 12)]);

        var result = ResultAssert.Ok(await Workflow().CarryAsync(Input(note, [Phq9(12)])));

        Assert.Equal(new[] { note.Id }, result.Plan.SessionsAddressing(phq).Select(s => s.Note));
        Assert.Equal(new[] { note.Id }, result.Plan.SessionsAddressing(count).Select(s => s.Note));
        var measurement = Assert.Single(result.Plan.Measurements);
        Assert.Equal((12m, (NoteId?)note.Id, new LocalDate(2026, 3, 10)), (measurement.Value, measurement.Note, measurement.MeasuredOn));
        Assert.Empty(result.MeasurementsNotCarried);
        Assert.Equal(2, result.Progress.Length);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal((AuditAction.Update, AuditOutcome.Succeeded, _client.Id), (entry.Action, entry.Outcome, entry.ClientId!.Value));
    }

    [Fact]
    public async Task Carry_ObjectiveNotInThePlan_RefusedWithStableCodeAndNothingApplied()
    {
        var stranger = TestIds.Numbered<ObjectiveId>(404);
        var note = Note([new ObjectiveProgressEntry(Phq9Objective(_plan).Id, ProgressRating.Improving, null), new ObjectiveProgressEntry(stranger, ProgressRating.Improving, null)], []);

        var error = ResultAssert.Fails(await Workflow().CarryAsync(Input(note, [])), PracticeErrorCodes.ObjectiveNotInActivePlan);

        Assert.Equal(stranger.ToString(), error.Target);
        Assert.Equal(AuditOutcome.Failed, Assert.Single(_audit.Entries).Outcome);
    }

    [Fact]
    public void Carry_MeasurementWithoutItemScore_IsReportedNotCarried()
    {
        var note = Note([new ObjectiveProgressEntry(Phq9Objective(_plan).Id, ProgressRating.Improving, null)], [new SessionMeasurement("GAD-7", 9)]);

        var result = ResultAssert.Ok(Workflow().Carry(Input(note, [])));

        Assert.Equal(new[] { "GAD-7" }, result.MeasurementsNotCarried);
        Assert.Empty(result.Plan.Measurements);
    }

    [Fact]
    public void Carry_ScoreTheNoteDoesNotDocument_Refused()
    {
        var note = Note([new ObjectiveProgressEntry(Phq9Objective(_plan).Id, ProgressRating.Improving, null)], [new SessionMeasurement("PHQ-9", 14)]);

        ResultAssert.Fails(Workflow().Carry(Input(note, [Phq9(12)])), PracticeErrorCodes.ScoreNotInNote);
    }

    [Fact]
    public void Carry_UnsignedNote_Refused()
    {
        var draft = NoteDraft(_client.Id, null, Start, author: Licensed, progress: [new ObjectiveProgressEntry(Phq9Objective(_plan).Id, ProgressRating.Improving, null)]);
        var note = SessionNote.Start(_ids, _client, draft, Start + Duration.FromHours(1)).Value;

        ResultAssert.Fails(Workflow().Carry(Input(note, [])), PracticeErrorCodes.ProgressNoteNotSigned);
    }

    [Fact]
    public void Carry_PlanOfAnotherClient_Refused()
    {
        var other = Plan(TestIds.Numbered<ClientId>(77), new LocalDate(2026, 1, 5), _ids, Licensed);
        var note = Note([new ObjectiveProgressEntry(Phq9Objective(_plan).Id, ProgressRating.Improving, null)], []);

        ResultAssert.Fails(Workflow().Carry(Input(note, [], other)), PracticeErrorCodes.ProgressPlanOfAnotherClient);
    }

    [Fact]
    public void Carry_SameNoteTwice_RefusedByThePlan()
    {
        var note = Note([new ObjectiveProgressEntry(Phq9Objective(_plan).Id, ProgressRating.Improving, null)], []);
        var once = ResultAssert.Ok(Workflow().Carry(Input(note, [])));

        ResultAssert.FailsWithDetail(Workflow().Carry(Input(note, [], once.Plan)), PracticeErrorCodes.ProgressRefused, TreatmentPlans.TreatmentPlansErrorCodes.SessionAlreadyRecorded);
    }
}

using CounselingRecords.Identity;
using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Sessions;
using CounselingRecords.TreatmentPlans.Statuses;
using NodaTime;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Sessions;

public sealed class SessionTests
{
    private static RecordSessionRequest Note(int note, int day, params ObjectiveId[] objectives) => new()
    {
        Note = TestIds.Numbered<NoteId>(note),
        SessionDate = Day0.PlusDays(day),
        Objectives = objectives,
        RecordedAt = T0.Plus(Duration.FromDays(day)),
    };

    [Fact]
    public void SessionsAddressing_ListsTheNotesThatNamedTheObjective_OldestFirst()
    {
        var plan = NewPlan();
        var (phq9, gad7) = (plan.CurrentVersion.Objectives[0].Id, plan.CurrentVersion.Objectives[1].Id);

        plan = plan.RecordSession(Note(2, 14, phq9)).Value.RecordSession(Note(1, 7, phq9, gad7)).Value.RecordSession(Note(3, 21, gad7)).Value;

        Assert.Equal(new[] { TestIds.Numbered<NoteId>(1), TestIds.Numbered<NoteId>(2) }, plan.SessionsAddressing(phq9).Select(s => s.Note));
        Assert.Equal(new[] { Day0.PlusDays(7), Day0.PlusDays(21) }, plan.SessionsAddressing(gad7).Select(s => s.SessionDate));
    }

    [Fact]
    public void RecordSession_ObjectiveNotInThePlanOnThatDate_IsRefused()
    {
        var plan = NewPlan();
        var removed = plan.CurrentVersion.Problems[1].Goals[0].Objectives[0].Id;
        var content = ContentOf(plan.CurrentVersion);
        var revised = plan.Revise(Revision(content with { Problems = [content.Problems[0]] }, daysAfterStart: 30), TestIds.Seeded(2)).Value;

        var before = revised.RecordSession(Note(1, 20, removed));
        var after = revised.RecordSession(Note(2, 40, removed));

        Assert.True(before.Success);
        Assert.Equal(TreatmentPlansErrorCodes.SessionObjectiveNotInPlan, after.Error.Code);
        Assert.Equal(removed.ToString(), after.Error.Target);
        Assert.Equal(TreatmentPlansErrorCodes.SessionObjectiveNotInPlan, plan.RecordSession(Note(3, -1, removed)).Error.Code);
    }

    [Fact]
    public void RecordSession_SameNoteTwice_IsRefused()
    {
        var plan = NewPlan();
        var objective = plan.CurrentVersion.Objectives[0].Id;

        var once = plan.RecordSession(Note(1, 7, objective)).Value;

        Assert.Equal(TreatmentPlansErrorCodes.SessionAlreadyRecorded, once.RecordSession(Note(1, 8, objective)).Error.Code);
    }

    [Fact]
    public void RecordSession_NoObjectivesOrTheSameTwice_IsAValidationFailure()
    {
        var plan = NewPlan();
        var objective = plan.CurrentVersion.Objectives[0].Id;

        Assert.Equal(TreatmentPlansErrorCodes.SessionObjectivesRequired, Assert.Single(plan.RecordSession(Note(1, 7)).Error.Details).Code);
        Assert.Equal(TreatmentPlansErrorCodes.SessionDuplicateObjective, Assert.Single(plan.RecordSession(Note(1, 7, objective, objective)).Error.Details).Code);
        Assert.Equal(CoreErrorCodes.ValidationFailed, plan.RecordSession(null).Error.Code);
    }

    [Fact]
    public void ObjectivesWithoutRecentSession_FlagsOpenObjectivesPastTheWindow()
    {
        var plan = NewPlan();
        var (phq9, gad7, panic) = (plan.CurrentVersion.Objectives[0].Id, plan.CurrentVersion.Objectives[1].Id, plan.CurrentVersion.Objectives[2].Id);
        plan = plan.RecordSession(Note(1, 7, phq9, gad7)).Value.RecordSession(Note(2, 28, phq9)).Value;
        plan = plan.ChangeStatus(new ChangeStatusRequest { Objective = panic, NewStatus = ProgressStatus.Discontinued, EffectiveOn = Day0.PlusDays(28), Reason = "No panic attacks since intake", ChangedBy = Clinician }).Value;

        var flags = plan.ObjectivesWithoutRecentSession(Day0.PlusDays(35), weeks: 3);

        var flag = Assert.Single(flags);
        Assert.Equal(gad7, flag.Objective);
        Assert.Equal((Day0.PlusDays(7), TestIds.Numbered<NoteId>(1), 28, 21), (flag.LastSessionOn!.Value, flag.LastNote!.Value, flag.DaysWithoutSession, flag.WindowDays));
        Assert.Contains("28 days ago (window 3 weeks)", flag.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectivesWithoutRecentSession_NewObjectiveWithinTheWindow_IsNotFlagged()
    {
        var plan = NewPlan();

        Assert.Empty(plan.ObjectivesWithoutRecentSession(Day0.PlusDays(13), weeks: 2));
        var flags = plan.ObjectivesWithoutRecentSession(Day0.PlusDays(14), weeks: 2);
        Assert.Equal(3, flags.Length);
        Assert.All(flags, f => Assert.Null(f.LastSessionOn));
        Assert.Contains("no session has worked on it", flags[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectivesWithoutRecentSession_WindowBelowOneWeek_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NewPlan().ObjectivesWithoutRecentSession(Day0, 0));
    }

    [Fact]
    public void RecordSession_ClosedPlan_TakesOnlySessionsBeforeTheClosingDate()
    {
        var plan = NewPlan();
        var objective = plan.CurrentVersion.Objectives[0].Id;
        var closed = plan.Close(new ClosePlanRequest { ClosedOn = Day0.PlusDays(30), Reason = PlanClosureReason.GoalsMet, ClosedBy = Clinician }).Value;

        Assert.True(closed.RecordSession(Note(1, 29, objective)).Success);
        Assert.Equal(TreatmentPlansErrorCodes.PlanClosed, closed.RecordSession(Note(2, 31, objective)).Error.Code);
    }
}

using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Revisions;
using CounselingRecords.TreatmentPlans.Statuses;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Revisions;

public sealed class RevisionTests
{
    private static (TreatmentPlan Plan, PlanContentInput Content) Start()
    {
        var plan = NewPlan();
        return (plan, ContentOf(plan.CurrentVersion));
    }

    [Fact]
    public void Revise_AddsAVersionAndKeepsTheEarlierOneUnchanged_R7_7()
    {
        var (plan, content) = Start();
        var first = plan.CurrentVersion;
        var problem = content.Problems[0];
        var changed = content with { Problems = [problem with { Statement = "Depressed mood, improving" }, content.Problems[1]] };

        var revised = plan.Revise(Revision(changed, reason: "Mood improving; statement updated"), TestIds.Seeded(2)).Value;

        Assert.Equal(2, revised.Versions.Length);
        Assert.Same(first, revised.Versions[0]);
        Assert.Equal("Depressed mood, improving", revised.CurrentVersion.Problems[0].Statement);
        Assert.Equal(("Mood improving; statement updated", Clinician, T0.Plus(NodaTime.Duration.FromDays(30))),
            (revised.CurrentVersion.Revision.Reason, revised.CurrentVersion.Revision.Author, revised.CurrentVersion.Revision.RecordedAt));
    }

    [Fact]
    public void Revise_RemovedGoal_AppearsInTheDiffAndIsDiscontinued()
    {
        var (plan, content) = Start();
        var removedGoal = plan.CurrentVersion.Problems[1].Goals[0];
        var removedObjectives = removedGoal.Objectives.Select(o => o.Id).ToList();
        var changed = content with { Problems = [content.Problems[0]] };

        var revised = plan.Revise(Revision(changed, reason: "Anxiety resolved"), TestIds.Seeded(2)).Value;
        var diff = revised.Diff(1, 2).Value;

        Assert.Equal(new[] { removedGoal.Id }, diff.RemovedGoals);
        Assert.Equal(removedObjectives, diff.RemovedObjectives);
        Assert.Contains(diff.Entries, e => e.ElementKind == PlanElementKind.Problem && e.Change == PlanChangeKind.Removed);
        Assert.Equal(ProgressStatus.Discontinued, revised.StatusOf(removedGoal.Id));
        var change = Assert.Single(revised.HistoryOf(removedGoal.Id));
        Assert.Equal((StatusChangeSource.Revision, 2, "R7.7"), (change.Source, change.VersionNumber, change.RuleId));
        Assert.Contains("Anxiety resolved", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_ChangedObjective_IsRevisedWithTheChangedFieldsInTheDiff()
    {
        var (plan, content) = Start();
        var objective = plan.CurrentVersion.Objectives[0];
        var problem = content.Problems[0];
        var goal = problem.Goals[0];
        var changedObjective = goal.Objectives[0] with { TargetDate = goal.Objectives[0].TargetDate!.Value.PlusWeeks(2), Statement = "PHQ-9 below 5 for two visits" };
        var changed = content with { Problems = [problem with { Goals = [goal with { Objectives = [changedObjective] }] }, content.Problems[1]] };

        var revised = plan.Revise(Revision(changed), TestIds.Seeded(2)).Value;
        var entry = revised.Diff(1, 2).Value.EntryFor(objective.Id.ToString())!;

        Assert.Equal(PlanChangeKind.Changed, entry.Change);
        Assert.Equal(new[] { "Statement", "TargetDate" }, entry.ChangedFields);
        Assert.Equal(ProgressStatus.Revised, revised.StatusOf(objective.Id));
        Assert.Equal(ProgressStatus.NotStarted, revised.StatusOf(plan.CurrentVersion.Goals[0].Id));
    }

    [Fact]
    public void Revise_AddedGoal_AppearsAsAddedWithNewIds()
    {
        var (plan, content) = Start();
        var extra = new GoalInput
        {
            Statement = "Client will sleep at least 7 hours on most nights",
            TargetDate = Day0.PlusWeeks(12),
            Objectives = [CountObjective(baseline: 1, target: 5)],
        };
        var changed = content with { Problems = [content.Problems[0] with { Goals = [.. content.Problems[0].Goals, extra] }, content.Problems[1]] };

        var revised = plan.Revise(Revision(changed), TestIds.Seeded(2)).Value;
        var diff = revised.Diff(1, 2).Value;

        var added = Assert.Single(diff.AddedGoals);
        Assert.NotNull(revised.CurrentVersion.FindGoal(added));
        Assert.Null(plan.CurrentVersion.FindGoal(added));
        Assert.Single(diff.AddedObjectives);
        Assert.Equal(ProgressStatus.NotStarted, revised.StatusOf(added));
    }

    [Fact]
    public void Revise_GoalMovedToAnotherProblem_IsChangedWithFieldProblem()
    {
        var (plan, content) = Start();
        var moved = content.Problems[1].Goals[0];
        var changed = content with
        {
            Problems =
            [
                content.Problems[0] with { Goals = [.. content.Problems[0].Goals, moved] },
                content.Problems[1] with { Goals = [new GoalInput { Statement = "New", TargetDate = Day0.PlusWeeks(12), Objectives = [CountObjective()] }] },
            ],
        };

        var diff = plan.Revise(Revision(changed), TestIds.Seeded(2)).Value.Diff(1, 2).Value;

        var entry = diff.EntryFor(moved.Id!.Value.ToString())!;
        Assert.Equal(PlanChangeKind.Changed, entry.Change);
        Assert.Equal(new[] { "Problem" }, entry.ChangedFields);
        Assert.Equal(content.Problems[0].Id!.Value.ToString(), entry.ParentId);
    }

    [Fact]
    public void Revise_ReinstatedGoal_IsMarkedRevised()
    {
        var (plan, content) = Start();
        var v2 = plan.Revise(Revision(content with { Problems = [content.Problems[0]] }), TestIds.Seeded(2)).Value;
        var anxietyGoal = plan.CurrentVersion.Problems[1].Goals[0].Id;

        var v3 = v2.Revise(Revision(content, daysAfterStart: 60, reason: "Anxiety returned"), TestIds.Seeded(3)).Value;

        Assert.Equal(new[] { ProgressStatus.Discontinued, ProgressStatus.Revised }, v3.HistoryOf(anxietyGoal).Select(c => c.To));
        Assert.Contains(anxietyGoal, v3.Diff(2, 3).Value.AddedGoals);
        Assert.True(v3.Diff(1, 3).Value.IsEmpty);
    }

    [Fact]
    public void Revise_NothingChanged_IsRefused()
    {
        var (plan, content) = Start();

        Assert.Equal(TreatmentPlansErrorCodes.RevisionNoChanges, plan.Revise(Revision(content), TestIds.Seeded(2)).Error.Code);
    }

    [Fact]
    public void Revise_UnknownId_IsRefused()
    {
        var (plan, content) = Start();
        var changed = content with { Problems = [content.Problems[0] with { Id = TestIds.Numbered<Identity.ProblemId>(99) }, content.Problems[1]] };

        var error = plan.Revise(Revision(changed), TestIds.Seeded(2)).Error;

        Assert.Equal(TreatmentPlansErrorCodes.RevisionUnknownElement, error.Code);
        Assert.Equal(TestIds.Numbered<Identity.ProblemId>(99).ToString(), error.Target);
    }

    [Fact]
    public void Revise_EffectiveBeforeCurrentVersion_IsRefused()
    {
        var (plan, content) = Start();
        var request = Revision(content with { EstimatedDurationWeeks = 20 }) with { EffectiveOn = Day0.PlusDays(-1) };

        Assert.Equal(TreatmentPlansErrorCodes.RevisionEffectiveBeforePrevious, plan.Revise(request, TestIds.Seeded(2)).Error.Code);
    }

    [Fact]
    public void Revise_RecordedBeforeCurrentVersion_IsRefused()
    {
        var (plan, content) = Start();
        var request = Revision(content with { EstimatedDurationWeeks = 20 }) with { RecordedAt = T0.Minus(NodaTime.Duration.FromHours(1)) };

        Assert.Equal(TreatmentPlansErrorCodes.RevisionRecordedBeforePrevious, plan.Revise(request, TestIds.Seeded(2)).Error.Code);
    }

    [Fact]
    public void Revise_WithoutReason_IsAValidationFailure()
    {
        var (plan, content) = Start();

        var error = plan.Revise(Revision(content with { EstimatedDurationWeeks = 20 }, reason: ""), TestIds.Seeded(2)).Error;

        Assert.Equal(TreatmentPlansErrorCodes.RevisionReasonRequired, Assert.Single(error.Details).Code);
    }

    [Fact]
    public void Revise_PlanFieldChange_IsAPlanEntryInTheDiff()
    {
        var (plan, content) = Start();

        var diff = plan.Revise(Revision(content with { SupervisorSignatureRequired = true }), TestIds.Seeded(2)).Value.Diff(1, 2).Value;

        var entry = Assert.Single(diff.Entries);
        Assert.Equal((PlanElementKind.Plan, PlanChangeKind.Changed), (entry.ElementKind, entry.Change));
        Assert.Equal(new[] { "SupervisorSignatureRequired" }, entry.ChangedFields);
    }

    [Fact]
    public void Revise_RestartsTheReviewInterval_R7_13()
    {
        var (plan, content) = Start();

        var revised = plan.Revise(Revision(content with { EstimatedDurationWeeks = 20 }, daysAfterStart: 45), TestIds.Seeded(2)).Value;

        Assert.Equal(Day0.PlusDays(45 + 90), revised.NextReviewDue);
    }

    [Fact]
    public void Diff_UnknownVersion_IsRefused()
    {
        Assert.Equal(TreatmentPlansErrorCodes.VersionNotFound, NewPlan().Diff(1, 2).Error.Code);
    }

    [Fact]
    public void Diff_ReverseOrder_ListsTheOppositeChanges()
    {
        var (plan, content) = Start();
        var revised = plan.Revise(Revision(content with { Problems = [content.Problems[0]] }), TestIds.Seeded(2)).Value;

        var backwards = revised.Diff(2, 1).Value;

        Assert.Equal(revised.Diff(1, 2).Value.RemovedGoals.ToArray(), backwards.AddedGoals.ToArray());
    }
}

using System.Collections.Immutable;
using CounselingRecords.Identity;
using CounselingRecords.Practice.PlanReviews;
using CounselingRecords.Practice.Tasks;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.TreatmentPlans.Specifications;
using NodaTime;
using static CounselingRecords.Practice.Tests.Support.Plans;
using static CounselingRecords.Practice.Tests.Support.World;

namespace CounselingRecords.Practice.Tests.PlanReviews;

public sealed class PlanReviewTaskWorkflowTests
{
    private readonly SeededIdGenerator _ids = TestIds.Seeded(41);

    [Fact]
    public void OpenTasks_OverduePlan_OpensAReviewTaskDueAtOnce()
    {
        // Plan effective 2026-01-05 with the 90-day default cadence (R7.13): review due 2026-04-05.
        var plan = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids);
        var asOf = Ny(2026, 4, 7, 9);

        var result = new PlanReviewTaskWorkflow(_ids).OpenTasks(new PlanReviewTaskInput([plan], [], asOf, NewYork));

        var task = Assert.Single(result.Opened);
        Assert.Equal(PracticeTaskKind.ReviewTreatmentPlan, task.Kind);
        Assert.Equal(PlanReviewTaskWorkflow.SubjectOf(plan.Id), task.Subject);
        Assert.Equal(plan.ClientId, task.ClientId);
        Assert.Equal(Associate, task.AssignedTo);
        Assert.Equal(asOf, task.DueAt);
        Assert.Equal("R7.13", task.RuleId);
        Assert.Contains("overdue by 2 days", task.Reason, StringComparison.Ordinal);
        Assert.Equal(ReviewDueState.Overdue, result.Statuses[plan.Id].State);
        Assert.Equal(new LocalDate(2026, 4, 5), result.Statuses[plan.Id].DueOn);
    }

    [Fact]
    public void OpenTasks_ReviewDueWithinTheDaysAhead_IsDueAtTheEndOfItsDueDate()
    {
        var plan = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids);
        var asOf = Ny(2026, 3, 30, 9);
        var workflow = new PlanReviewTaskWorkflow(_ids);

        Assert.Empty(workflow.OpenTasks(new PlanReviewTaskInput([plan], [], asOf, NewYork)).Opened);
        var task = Assert.Single(workflow.OpenTasks(new PlanReviewTaskInput([plan], [], asOf, NewYork, DaysAhead: 7)).Opened);

        Assert.Equal(Ny(2026, 4, 6, 0), task.DueAt);
    }

    [Fact]
    public void OpenTasks_PlanWithAnOpenReviewTask_GetsNoSecond()
    {
        var plan = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids);
        var workflow = new PlanReviewTaskWorkflow(_ids);
        var first = workflow.OpenTasks(new PlanReviewTaskInput([plan], [], Ny(2026, 4, 6, 9), NewYork));

        var second = workflow.OpenTasks(new PlanReviewTaskInput([plan, plan], first.Opened, Ny(2026, 4, 7, 9), NewYork));

        Assert.Empty(second.Opened);
        Assert.Equal(new[] { plan.Id }, second.AlreadyOpen);
    }

    [Fact]
    public void OpenTasks_ReviewTaskCompleted_OpensANewOneWhenDueAgain()
    {
        var plan = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids);
        var workflow = new PlanReviewTaskWorkflow(_ids);
        var done = workflow.OpenTasks(new PlanReviewTaskInput([plan], [], Ny(2026, 4, 6, 9), NewYork)).Opened[0].Complete(Testing.Access.TestActors.Clinician.UserId, Ny(2026, 4, 6, 10)).Value;

        Assert.Single(workflow.OpenTasks(new PlanReviewTaskInput([plan], [done], Ny(2026, 4, 7, 9), NewYork)).Opened);
    }

    [Fact]
    public void OpenTasks_MaterialChange_MakesTheReviewDueThatDay()
    {
        var plan = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids).RecordMaterialChange(new RecordMaterialChangeRequest
        {
            OccurredOn = new LocalDate(2026, 2, 10),
            Kind = MaterialChangeKind.Hospitalization,
            Description = "Inpatient stay",
            RecordedBy = Associate,
            RecordedAt = Ny(2026, 2, 11, 9),
        }).Value;

        var task = Assert.Single(new PlanReviewTaskWorkflow(_ids).OpenTasks(new PlanReviewTaskInput([plan], [], Ny(2026, 2, 11, 9), NewYork)).Opened);

        Assert.Contains("material change", task.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenTasks_ClosedPlan_GetsNone()
    {
        var plan = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids).Close(new ClosePlanRequest
        {
            ClosedOn = new LocalDate(2026, 3, 1),
            Reason = PlanClosureReason.GoalsMet,
            ClosedBy = Associate,
            RecordedAt = Ny(2026, 3, 1, 9),
        }).Value;

        var result = new PlanReviewTaskWorkflow(_ids).OpenTasks(new PlanReviewTaskInput([plan], [], Ny(2026, 4, 7, 9), NewYork));

        Assert.Empty(result.Opened);
        Assert.Equal(ReviewDueState.NotApplicable, result.Statuses[plan.Id].State);
    }

    [Fact]
    public void OpenTasks_WithThePlansDueSpec_OpensOnlyForDuePlansEarliestFirst()
    {
        var early = Plan(TestIds.Numbered<ClientId>(1), new LocalDate(2026, 1, 5), _ids);
        var later = Plan(TestIds.Numbered<ClientId>(2), new LocalDate(2026, 1, 20), _ids);
        var notDue = Plan(TestIds.Numbered<ClientId>(3), new LocalDate(2026, 3, 1), _ids);
        var asOf = Ny(2026, 4, 25, 9);

        var due = new PlansDueForReviewSpec(asOf, NewYork).Evaluate([later, notDue, early]).ToImmutableArray();
        var result = new PlanReviewTaskWorkflow(_ids).OpenTasks(new PlanReviewTaskInput(due, [], asOf, NewYork));

        Assert.Equal(new[] { early.ClientId, later.ClientId }, result.Opened.Select(t => t.ClientId!.Value));
    }
}

using CounselingRecords.Results;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Statuses;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Statuses;

public sealed class StatusTests
{
    private static ChangeStatusRequest ForObjective(TreatmentPlan plan, ProgressStatus status, int day = 7, string reason = "Worked on in session") => new()
    {
        Objective = plan.CurrentVersion.Objectives[0].Id,
        NewStatus = status,
        EffectiveOn = Day0.PlusDays(day),
        Reason = reason,
        ChangedBy = Clinician,
        RecordedAt = T0.Plus(NodaTime.Duration.FromDays(day)),
    };

    [Fact]
    public void ChangeStatus_RecordsDateReasonAndWho()
    {
        var plan = NewPlan();

        var changed = plan.ChangeStatus(ForObjective(plan, ProgressStatus.InProgress)).Value;
        var change = Assert.Single(changed.HistoryOf(plan.CurrentVersion.Objectives[0].Id));

        Assert.Equal(ProgressStatus.InProgress, changed.StatusOf(plan.CurrentVersion.Objectives[0].Id));
        Assert.Equal(
            (ProgressStatus.NotStarted, ProgressStatus.InProgress, Day0.PlusDays(7), "Worked on in session", Clinician, StatusChangeSource.Clinician, 1),
            (change.From, change.To, change.EffectiveOn, change.Reason, change.ChangedBy, change.Source, change.VersionNumber));
    }

    [Fact]
    public void ChangeStatus_Goal_IsTrackedSeparatelyFromItsObjectives()
    {
        var plan = NewPlan();
        var goal = plan.CurrentVersion.Goals[0];

        var changed = plan.ChangeStatus(new ChangeStatusRequest
        {
            Goal = goal.Id,
            NewStatus = ProgressStatus.PartiallyAchieved,
            EffectiveOn = Day0.PlusDays(60),
            Reason = "Mood improved; activities partly resumed",
            ChangedBy = Clinician,
        });

        Assert.Equal(TreatmentPlansErrorCodes.StatusTransitionNotAllowed, changed.Error.Code);
        var inProgress = plan.ChangeStatus(new ChangeStatusRequest { Goal = goal.Id, NewStatus = ProgressStatus.InProgress, EffectiveOn = Day0, Reason = "Started", ChangedBy = Clinician }).Value;
        var partial = inProgress.ChangeStatus(new ChangeStatusRequest { Goal = goal.Id, NewStatus = ProgressStatus.PartiallyAchieved, EffectiveOn = Day0.PlusDays(60), Reason = "Partly", ChangedBy = Clinician }).Value;
        Assert.Equal(ProgressStatus.PartiallyAchieved, partial.StatusOf(goal.Id));
        Assert.Equal(ProgressStatus.NotStarted, partial.StatusOf(goal.Objectives[0].Id));
    }

    [Fact]
    public void ChangeStatus_SameStatus_IsRefused()
    {
        var plan = NewPlan();
        var inProgress = plan.ChangeStatus(ForObjective(plan, ProgressStatus.InProgress)).Value;

        Assert.Equal(TreatmentPlansErrorCodes.StatusUnchanged, inProgress.ChangeStatus(ForObjective(plan, ProgressStatus.InProgress, 8)).Error.Code);
    }

    [Theory]
    [InlineData(ProgressStatus.Revised)]
    [InlineData(ProgressStatus.NotStarted)]
    public void ChangeStatus_ToStatusesSetByRevisions_IsRefused(ProgressStatus status)
    {
        var plan = NewPlan().ChangeStatus(ForObjective(NewPlan(), ProgressStatus.InProgress)).Value;

        var error = plan.ChangeStatus(ForObjective(plan, status, 9)).Error;

        Assert.Equal(TreatmentPlansErrorCodes.StatusTransitionNotAllowed, error.Code);
        Assert.Contains("plan revisions only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeStatus_FromDiscontinued_IsRefused()
    {
        var plan = NewPlan();
        var discontinued = plan.ChangeStatus(ForObjective(plan, ProgressStatus.Discontinued, reason: "Client declined")).Value;

        Assert.Equal(TreatmentPlansErrorCodes.StatusTransitionNotAllowed, discontinued.ChangeStatus(ForObjective(plan, ProgressStatus.InProgress, 8)).Error.Code);
    }

    [Fact]
    public void ChangeStatus_AchievedReopened_IsAllowedWithAReason()
    {
        var plan = NewPlan();
        var achieved = plan.ChangeStatus(ForObjective(plan, ProgressStatus.Achieved)).Value;

        var reopened = achieved.ChangeStatus(ForObjective(plan, ProgressStatus.InProgress, 40, "Symptoms returned")).Value;

        Assert.Equal(new[] { ProgressStatus.Achieved, ProgressStatus.InProgress }, reopened.HistoryOf(plan.CurrentVersion.Objectives[0].Id).Select(c => c.To));
    }

    [Fact]
    public void ChangeStatus_DatedBeforeThePreviousChange_IsRefused()
    {
        var plan = NewPlan();
        var changed = plan.ChangeStatus(ForObjective(plan, ProgressStatus.InProgress, 10)).Value;

        Assert.Equal(TreatmentPlansErrorCodes.StatusEffectiveBeforePrevious, changed.ChangeStatus(ForObjective(plan, ProgressStatus.Achieved, 9)).Error.Code);
    }

    [Fact]
    public void ChangeStatus_ElementNotInTheCurrentVersion_IsRefused()
    {
        var plan = NewPlan();

        var error = plan.ChangeStatus(new ChangeStatusRequest
        {
            Objective = Testing.Identity.TestIds.Numbered<Identity.ObjectiveId>(77),
            NewStatus = ProgressStatus.InProgress,
            Reason = "x",
            ChangedBy = Clinician,
        }).Error;

        Assert.Equal(TreatmentPlansErrorCodes.StatusElementNotInCurrentVersion, error.Code);
    }

    [Fact]
    public void ChangeStatus_BothGoalAndObjectiveAndNoReason_IsAValidationFailure()
    {
        var plan = NewPlan();
        var request = ForObjective(plan, ProgressStatus.InProgress, reason: "") with { Goal = plan.CurrentVersion.Goals[0].Id };

        var error = plan.ChangeStatus(request).Error;

        Assert.Equal(CoreErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(new[] { TreatmentPlansErrorCodes.StatusElementRequired, TreatmentPlansErrorCodes.StatusReasonRequired }, error.Details.Select(d => d.Code));
    }

    [Theory]
    [InlineData(ProgressStatus.NotStarted, ProgressStatus.InProgress, true)]
    [InlineData(ProgressStatus.NotStarted, ProgressStatus.Achieved, true)]
    [InlineData(ProgressStatus.NotStarted, ProgressStatus.PartiallyAchieved, false)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.PartiallyAchieved, true)]
    [InlineData(ProgressStatus.Revised, ProgressStatus.InProgress, true)]
    [InlineData(ProgressStatus.Achieved, ProgressStatus.InProgress, true)]
    [InlineData(ProgressStatus.Achieved, ProgressStatus.Discontinued, true)]
    [InlineData(ProgressStatus.Discontinued, ProgressStatus.Achieved, false)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.Revised, false)]
    [InlineData(ProgressStatus.InProgress, ProgressStatus.InProgress, false)]
    public void IsAllowedManually_FollowsTheTable(ProgressStatus from, ProgressStatus to, bool allowed)
    {
        Assert.Equal(allowed, ProgressStatusTransitions.IsAllowedManually(from, to));
    }
}

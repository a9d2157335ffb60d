using CounselingRecords.Identity;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Measurements;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Progress;
using CounselingRecords.TreatmentPlans.Statuses;
using NodaTime;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Measurements;

public sealed class MeasurementTests
{
    private static ObjectiveId Phq9Objective(TreatmentPlan plan) => plan.CurrentVersion.Problems[0].Goals[0].Objectives[0].Id;

    private static ObjectiveId CountObjectiveOf(TreatmentPlan plan) => plan.CurrentVersion.Problems[1].Goals[0].Objectives[1].Id;

    [Fact]
    public void RecordInstrumentScore_RemissionRuleMet_AchievesTheObjectiveAndRecordsWhoWhenWhy_R8_5()
    {
        var ids = TestIds.Seeded(10);
        var plan = NewPlan();
        var objective = Phq9Objective(plan);

        var first = plan.Record(Phq9(12), day: 14, ids);
        var second = first.Plan.Record(Phq9(4), day: 56, ids);

        Assert.Equal(AutoAchievementOutcome.NotMet, Assert.Single(first.Decisions).Outcome);
        Assert.Equal(ProgressClassification.ReliablyImproved, first.Decisions[0].Evaluation!.Classification);
        Assert.Equal(new[] { objective }, second.AchievedObjectives.ToArray());
        var change = Assert.Single(second.Plan.HistoryOf(objective));
        Assert.Equal(
            (ProgressStatus.NotStarted, ProgressStatus.Achieved, StatusChangeSource.Rule, Clinician, Day0.PlusDays(56), "R8.5"),
            (change.From, change.To, change.Source, change.ChangedBy, change.EffectiveOn, change.RuleId));
        Assert.Equal(new[] { second.Measurement.Id }, change.Evidence.ToArray());
        Assert.Contains("Remitted", change.Reason, StringComparison.Ordinal);
        Assert.Contains("final < 5", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordInstrumentScore_RuleMetWithTheSafetyFlag_HoldsAchievement_R8_2()
    {
        var ids = TestIds.Seeded(10);
        var plan = NewPlan();

        var recording = plan.Record(Phq9(4, item9: 1), day: 56, ids);

        var decision = Assert.Single(recording.Decisions);
        Assert.Equal(AutoAchievementOutcome.HeldForSafetyFlag, decision.Outcome);
        Assert.Equal(ProgressClassification.Remitted, decision.Evaluation!.Classification);
        Assert.Equal(ProgressStatus.NotStarted, recording.Plan.StatusOf(Phq9Objective(plan)));
        Assert.True(recording.Measurement.SafetyFlag);
    }

    [Fact]
    public void RecordInstrumentScore_ResponseRule_AchievedAtHalfTheBaseline_R8_5()
    {
        var plan = NewPlan(TwoGoalContent(AutoAchieveRule.Response));

        var recording = plan.Record(Phq9(9), day: 42, TestIds.Seeded(10));

        Assert.Equal(AutoAchievementOutcome.Achieved, Assert.Single(recording.Decisions).Outcome);
    }

    [Fact]
    public void RecordInstrumentScore_NoRuleForTheInstrument_IsNotEvaluable()
    {
        var content = TwoGoalContent();
        var anxiety = content.Problems[1];
        var gadGoal = anxiety.Goals[0];
        content = content with
        {
            Problems = [content.Problems[0], anxiety with { Goals = [gadGoal with { Objectives = [gadGoal.Objectives[0] with { AutoAchieve = AutoAchieveRule.Remission }] }] }],
        };

        var recording = NewPlan(content).Record(Gad7(3), day: 30, TestIds.Seeded(10));

        var decision = Assert.Single(recording.Decisions);
        Assert.Equal(AutoAchievementOutcome.NotEvaluable, decision.Outcome);
        Assert.Contains("no change rule for GAD-7", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordInstrumentScore_AlreadyAchieved_IsNotChangedAgain()
    {
        var ids = TestIds.Seeded(10);
        var achieved = NewPlan().Record(Phq9(3), day: 50, ids).Plan;

        var again = achieved.Record(Phq9(2), day: 60, ids);

        Assert.Equal(AutoAchievementOutcome.AlreadyClosed, Assert.Single(again.Decisions).Outcome);
        Assert.Single(again.Plan.HistoryOf(Phq9Objective(achieved)));
    }

    [Fact]
    public void RecordInstrumentScore_SameMeasurementTwice_IsRefused()
    {
        var plan = NewPlan();
        var request = new RecordInstrumentScoreRequest
        {
            MeasurementId = TestIds.Numbered<MeasurementId>(1), Score = Phq9(10), AdministeredOn = Day0.PlusDays(7), RecordedAt = T0, RecordedBy = Clinician,
        };
        var once = plan.RecordInstrumentScore(request, ProgressPresets.UnitedStates).Value.Plan;

        Assert.Equal(TreatmentPlansErrorCodes.MeasurementAlreadyRecorded, once.RecordInstrumentScore(request, ProgressPresets.UnitedStates).Error.Code);
    }

    [Fact]
    public void RecordInstrumentScore_WithoutScore_IsAValidationFailure()
    {
        var error = NewPlan().RecordInstrumentScore(new RecordInstrumentScoreRequest { MeasurementId = TestIds.Numbered<MeasurementId>(1), RecordedBy = Clinician }, ProgressPresets.UnitedStates).Error;

        Assert.Equal(TreatmentPlansErrorCodes.MeasurementIncomplete, Assert.Single(error.Details).Code);
    }

    [Fact]
    public void EvaluateObjective_UsesTheRecordedBaselineMeasurementWhenNamed()
    {
        var baselineId = TestIds.Numbered<MeasurementId>(500);
        var content = TwoGoalContent(AutoAchieveRule.Off);
        var depression = content.Problems[0];
        var goal = depression.Goals[0];
        var objective = goal.Objectives[0] with { Measure = goal.Objectives[0].Measure! with { BaselineMeasurementId = baselineId } };
        content = content with { Problems = [depression with { Goals = [goal with { Objectives = [objective] }] }, content.Problems[1]] };
        var plan = NewPlan(content).RecordInstrumentScore(
            new RecordInstrumentScoreRequest { MeasurementId = baselineId, Score = Phq9(20), AdministeredOn = Day0, RecordedAt = T0, RecordedBy = Clinician },
            ProgressPresets.UnitedStates).Value.Plan;
        var ids = TestIds.Seeded(10);
        plan = plan.Record(Phq9(10), day: 28, ids).Plan;

        var evaluation = plan.EvaluateObjective(Phq9Objective(plan), ProgressPresets.UnitedStates).Value;

        Assert.Equal((20m, Day0, baselineId), (evaluation.Baseline.Value, evaluation.Baseline.MeasuredOn!.Value, evaluation.Baseline.MeasurementId!.Value));
        Assert.Equal(10m, evaluation.Final.Value);
        Assert.Equal(ProgressClassification.Response, evaluation.Classification);
    }

    [Fact]
    public void EvaluateObjective_UkPreset_UsesTheGad7ScoreOfTheSameDayAsThePairedMeasure_R8_6()
    {
        var ids = TestIds.Seeded(10);
        var plan = NewPlan(TwoGoalContent(AutoAchieveRule.Off));
        plan = plan.Record(Gad7(6), day: 0, ids, ProgressPresets.UkTalkingTherapies).Plan;
        plan = plan.Record(Phq9(9), day: 56, ids, ProgressPresets.UkTalkingTherapies).Plan;
        plan = plan.Record(Gad7(10), day: 56, ids, ProgressPresets.UkTalkingTherapies).Plan;

        var evaluation = plan.EvaluateObjective(Phq9Objective(plan), ProgressPresets.UkTalkingTherapies).Value;

        // PHQ-9 18 → 9 is a reliable improvement of 9 ≥ 6, but GAD-7 6 → 10 reliably deteriorated (+4), which cancels it.
        Assert.Equal("GAD-7", evaluation.PairedInstrumentCode);
        Assert.Equal((6m, 10m), (evaluation.PairedBaseline!.Value, evaluation.PairedFinal!.Value));
        Assert.Equal(ProgressClassification.NoReliableChange, evaluation.Classification);
    }

    [Fact]
    public void EvaluateObjective_Errors_HaveTheirCodes()
    {
        var plan = NewPlan();

        Assert.Equal(TreatmentPlansErrorCodes.ProgressNoFollowUpScore, plan.EvaluateObjective(Phq9Objective(plan), ProgressPresets.UnitedStates).Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.ProgressNotInstrumentMeasured, plan.EvaluateObjective(CountObjectiveOf(plan), ProgressPresets.UnitedStates).Error.Code);
        Assert.Equal(
            TreatmentPlansErrorCodes.ProgressObjectiveNotFound,
            plan.EvaluateObjective(TestIds.Numbered<ObjectiveId>(9), ProgressPresets.UnitedStates).Error.Code);
    }

    [Fact]
    public void RecordObservation_CountReachingTheTarget_AchievesTheObjective()
    {
        var plan = NewPlan();
        var objective = CountObjectiveOf(plan);
        RecordObservationRequest Count(int id, decimal value, int day) => new()
        {
            MeasurementId = TestIds.Numbered<MeasurementId>(id), Objective = objective, Value = value, ObservedOn = Day0.PlusDays(day),
            RecordedAt = T0.Plus(Duration.FromDays(day)), RecordedBy = Clinician,
        };

        var three = plan.RecordObservation(Count(1, 3, 14)).Value;
        var one = three.Plan.RecordObservation(Count(2, 1, 28)).Value;

        Assert.Equal(AutoAchievementOutcome.NotMet, Assert.Single(three.Decisions).Outcome);
        Assert.Contains("not reached: latest value 3", three.Decisions[0].Reason, StringComparison.Ordinal);
        Assert.Equal(AutoAchievementOutcome.Achieved, Assert.Single(one.Decisions).Outcome);
        var change = Assert.Single(one.Plan.HistoryOf(objective));
        Assert.Equal((ProgressStatus.Achieved, Day0.PlusDays(28), (string?)null), (change.To, change.EffectiveOn, change.RuleId));
        Assert.Equal(new[] { TestIds.Numbered<MeasurementId>(2) }, change.Evidence.ToArray());
        Assert.Equal(2, one.Plan.MeasurementsFor(objective).Length);
    }

    [Fact]
    public void RecordObservation_Errors_HaveTheirCodes()
    {
        var plan = NewPlan();
        var request = new RecordObservationRequest
        {
            MeasurementId = TestIds.Numbered<MeasurementId>(1), Objective = CountObjectiveOf(plan), Value = 2.5m, ObservedOn = Day0, RecordedBy = Clinician,
        };

        Assert.Equal(TreatmentPlansErrorCodes.MeasurementCountInvalid, plan.RecordObservation(request).Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.MeasurementKindMismatch, plan.RecordObservation(request with { Objective = Phq9Objective(plan) }).Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.MeasurementObjectiveNotFound, plan.RecordObservation(request with { Objective = TestIds.Numbered<ObjectiveId>(9) }).Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.MeasurementValueNegative, Assert.Single(plan.RecordObservation(request with { Value = -1 }).Error.Details).Code);
    }

    [Fact]
    public void RecordInstrumentScore_ClosedPlan_IsRefused()
    {
        var closed = NewPlan().Close(new ClosePlanRequest { ClosedOn = Day0, Reason = PlanClosureReason.Referred, ClosedBy = Clinician }).Value;

        var result = closed.RecordInstrumentScore(
            new RecordInstrumentScoreRequest { MeasurementId = TestIds.Numbered<MeasurementId>(1), Score = Phq9(5), RecordedBy = Clinician }, ProgressPresets.UnitedStates);

        Assert.Equal(TreatmentPlansErrorCodes.PlanClosed, result.Error.Code);
    }
}

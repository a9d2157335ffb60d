using CounselingRecords.Results;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Plans;

public sealed class PlanInputValidatorTests
{
    private static IReadOnlyList<string> Codes(PlanContentInput content)
    {
        var result = TreatmentPlan.Create(CreateRequest(content), TestIds.Seeded());
        Assert.Equal(CoreErrorCodes.ValidationFailed, result.Error.Code);
        return [.. result.Error.Details.Select(d => d.Code)];
    }

    private static PlanContentInput WithFirstObjective(Func<ObjectiveInput, ObjectiveInput> change)
    {
        var content = TwoGoalContent();
        var problem = content.Problems[0];
        var goal = problem.Goals[0];
        return content with { Problems = [problem with { Goals = [goal with { Objectives = [change(goal.Objectives[0])] }] }, content.Problems[1]] };
    }

    [Fact]
    public void Content_NoProblems_IsRefused_R7_5()
    {
        Assert.Equal(new[] { TreatmentPlansErrorCodes.ProblemsRequired }, Codes(new PlanContentInput()));
    }

    [Fact]
    public void Problem_InvalidDiagnosis_IsRefused_R7_5()
    {
        var content = TwoGoalContent();
        content = content with { Problems = [content.Problems[0] with { Diagnosis = "depression" }, content.Problems[1]] };

        Assert.Equal(new[] { TreatmentPlansErrorCodes.DiagnosisInvalid }, Codes(content));
    }

    [Fact]
    public void Problem_NoGoals_IsRefused()
    {
        var content = TwoGoalContent();
        content = content with { Problems = [content.Problems[0] with { Goals = [] }, content.Problems[1]] };

        Assert.Equal(new[] { TreatmentPlansErrorCodes.GoalsRequired }, Codes(content));
    }

    [Fact]
    public void Goal_NoTargetDateAndNoObjectives_IsRefused()
    {
        var content = TwoGoalContent();
        var problem = content.Problems[0];
        content = content with { Problems = [problem with { Goals = [problem.Goals[0] with { TargetDate = null, Objectives = [] }] }, content.Problems[1]] };

        Assert.Equal(new[] { TreatmentPlansErrorCodes.GoalTargetDateRequired, TreatmentPlansErrorCodes.ObjectivesRequired }, Codes(content));
    }

    [Fact]
    public void Objective_TargetDateAfterGoal_IsRefused()
    {
        var codes = Codes(WithFirstObjective(o => o with { TargetDate = Day0.PlusWeeks(40) }));

        Assert.Equal(new[] { TreatmentPlansErrorCodes.ObjectiveTargetAfterGoal }, codes);
    }

    [Fact]
    public void Objective_NoInterventions_IsRefused()
    {
        Assert.Equal(new[] { TreatmentPlansErrorCodes.InterventionsRequired }, Codes(WithFirstObjective(o => o with { Interventions = [] })));
    }

    [Fact]
    public void Measure_TargetEqualsBaseline_IsRefused()
    {
        var codes = Codes(WithFirstObjective(o => o with { Measure = o.Measure! with { Target = o.Measure.Baseline } }));

        Assert.Equal(new[] { TreatmentPlansErrorCodes.TargetEqualsBaseline }, codes);
    }

    [Fact]
    public void Measure_InstrumentWithoutCode_IsRefused()
    {
        var codes = Codes(WithFirstObjective(o => o with { Measure = o.Measure! with { InstrumentCode = null } }));

        Assert.Equal(new[] { TreatmentPlansErrorCodes.InstrumentCodeRequired }, codes);
    }

    [Fact]
    public void Measure_CountWithInstrumentCodeAndNoUnit_IsRefused()
    {
        var codes = Codes(WithFirstObjective(o => o with
        {
            AutoAchieve = AutoAchieveRule.Off,
            Measure = new MeasureInput { Kind = MeasureKind.FrequencyCount, InstrumentCode = "PHQ-9", Baseline = 5, Target = 1 },
        }));

        Assert.Equal(new[] { TreatmentPlansErrorCodes.InstrumentCodeNotAllowed, TreatmentPlansErrorCodes.MeasureUnitRequired }, codes);
    }

    [Fact]
    public void AutoAchieveByRemission_OnACount_IsRefused()
    {
        var codes = Codes(WithFirstObjective(_ => CountObjective(rule: AutoAchieveRule.Remission)));

        Assert.Equal(new[] { TreatmentPlansErrorCodes.AutoAchieveNeedsInstrument }, codes);
    }

    [Fact]
    public void Intervention_MissingFields_AreRefused()
    {
        var codes = Codes(WithFirstObjective(o => o with
        {
            Interventions = [new InterventionInput { Approach = "", Sessions = 0, MinutesPerSession = -5 }],
        }));

        Assert.Equal(
            new[]
            {
                TreatmentPlansErrorCodes.InterventionApproachRequired,
                TreatmentPlansErrorCodes.InterventionFrequencyInvalid,
                TreatmentPlansErrorCodes.InterventionMinutesInvalid,
                TreatmentPlansErrorCodes.InterventionClinicianRequired,
            },
            codes);
    }

    [Fact]
    public void Content_SameGoalIdTwice_IsRefused()
    {
        var id = TestIds.Numbered<Identity.GoalId>(5);
        var content = TwoGoalContent();
        content = content with
        {
            Problems =
            [
                content.Problems[0] with { Goals = [content.Problems[0].Goals[0] with { Id = id }] },
                content.Problems[1] with { Goals = [content.Problems[1].Goals[0] with { Id = id }] },
            ],
        };

        Assert.Equal(new[] { TreatmentPlansErrorCodes.DuplicateElementId }, Codes(content));
    }

    [Fact]
    public void Content_StatementTooLong_IsRefused()
    {
        var codes = Codes(WithFirstObjective(o => o with { Statement = new string('x', PlanTextLimits.Statement + 1) }));

        Assert.Equal(new[] { TreatmentPlansErrorCodes.TextTooLong }, codes);
    }

    [Fact]
    public void Request_EmptyClientAndAuthor_AreRefused()
    {
        var result = TreatmentPlan.Create(CreateRequest() with { Client = default, Author = default }, TestIds.Seeded());

        Assert.Equal(new[] { TreatmentPlansErrorCodes.ClientRequired, TreatmentPlansErrorCodes.AuthorRequired }, result.Error.Details.Select(d => d.Code));
    }

    [Fact]
    public void Validator_PathsNameTheNestedField()
    {
        var result = TreatmentPlan.Create(CreateRequest(WithFirstObjective(o => o with { Statement = "" })), TestIds.Seeded());

        Assert.Equal("Content.Problems[0].Goals[0].Objectives[0].Statement", Assert.Single(result.Error.Details).Target);
    }
}

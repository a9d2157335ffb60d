using System.Reflection;
using CounselingRecords.Identity;
using CounselingRecords.Privacy;
using CounselingRecords.Testing.Identity;
using CounselingRecords.TreatmentPlans.Plans;
using CounselingRecords.TreatmentPlans.Reviews;
using CounselingRecords.TreatmentPlans.Signatures;
using CounselingRecords.TreatmentPlans.Statuses;
using static CounselingRecords.TreatmentPlans.Tests.Support.PlanFixtures;

namespace CounselingRecords.TreatmentPlans.Tests.Plans;

public sealed class TreatmentPlanTests
{
    [Fact]
    public void Create_ValidRequest_HasVersionOneWithProblemsGoalsObjectivesAndInterventions()
    {
        var plan = NewPlan();
        var version = plan.CurrentVersion;

        Assert.Equal(PlanStatus.Active, plan.Status);
        Assert.Equal(0, plan.Version);
        Assert.Equal(1, version.Number);
        Assert.Equal(Day0, version.EffectiveOn);
        Assert.Equal(new[] { "F32.1", "F41.1" }, version.Problems.Select(p => p.Diagnosis.Value));
        Assert.Equal(2, version.Goals.Length);
        Assert.Equal(3, version.Objectives.Length);
        Assert.All(version.Objectives, o => Assert.NotEmpty(o.Interventions));
        Assert.Equal(Clinician, version.Revision.Author);
        Assert.Equal("Initial treatment plan", version.Revision.Reason);
        Assert.All(version.Goals, g => Assert.Equal(ProgressStatus.NotStarted, plan.StatusOf(g.Id)));
        Assert.Equal(plan.Id.ToString(), plan.Key);
    }

    [Fact]
    public void Create_SameSeed_GivesTheSameIds()
    {
        var first = NewPlan(ids: TestIds.Seeded(7));
        var second = NewPlan(ids: TestIds.Seeded(7));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.CurrentVersion.Objectives.Select(o => o.Id), second.CurrentVersion.Objectives.Select(o => o.Id));
    }

    [Fact]
    public void Create_CallerSuppliedIds_AreKept()
    {
        var goalId = TestIds.Numbered<GoalId>(42);
        var content = TwoGoalContent();
        var problems = content.Problems.ToList();
        problems[0] = problems[0] with { Goals = [problems[0].Goals[0] with { Id = goalId }] };

        var plan = NewPlan(content with { Problems = problems });

        Assert.NotNull(plan.CurrentVersion.FindGoal(goalId));
    }

    [Fact]
    public void Create_DefaultCadence_IsNinetyDays_R7_13()
    {
        var plan = NewPlan();

        Assert.Same(ReviewCadences.Default, plan.ReviewCadence);
        Assert.Equal(Day0.PlusDays(90), plan.NextReviewDue);
        Assert.Equal(ReviewDueReason.Periodic, plan.NextReviewReason);
    }

    [Fact]
    public void Create_NullRequest_IsAValidationFailure()
    {
        Assert.Equal(Results.CoreErrorCodes.ValidationFailed, TreatmentPlan.Create(null, TestIds.Seeded()).Error.Code);
    }

    [Fact]
    public void ToString_PrintsIdsOnly()
    {
        var plan = NewPlan();

        var text = plan.ToString();

        Assert.Equal($"TreatmentPlan {plan.Id} (client {plan.ClientId})", text);
        Assert.DoesNotContain("mood", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("F32", text, StringComparison.Ordinal);
        Assert.Equal($"PlanGoal {plan.CurrentVersion.Goals[0].Id}", plan.CurrentVersion.Goals[0].ToString());
        Assert.Equal($"PlanObjective {plan.CurrentVersion.Objectives[0].Id}", plan.CurrentVersion.Objectives[0].ToString());
    }

    [Fact]
    public void ClinicalTypes_AreMarkedAsProtectedHealthInformation()
    {
        Type[] types =
        [
            typeof(TreatmentPlan), typeof(TreatmentPlanVersion), typeof(PlanProblem), typeof(PlanGoal), typeof(PlanObjective),
            typeof(PlanIntervention), typeof(ObjectiveMeasure), typeof(StatusChange), typeof(PlanSignature),
            typeof(TreatmentPlans.Measurements.PlanMeasurement), typeof(TreatmentPlans.Instruments.InstrumentScore),
            typeof(TreatmentPlans.Progress.ProgressEvaluation), typeof(TreatmentPlans.Sessions.SessionLink), typeof(PlanReview),
            typeof(MaterialChange), typeof(PlanContentInput),
        ];

        Assert.All(types, t => Assert.NotNull(t.GetCustomAttribute<ProtectedHealthInformationAttribute>()));
    }

    [Fact]
    public void Constructor_RebuildsThePlanFromItsState()
    {
        var plan = NewPlan();

        var copy = new TreatmentPlan(
            plan.Id, plan.ClientId, 3, plan.ReviewCadence, plan.Versions, plan.StatusHistory, plan.Measurements, plan.Sessions,
            plan.Reviews, plan.MaterialChanges, plan.Closure);

        Assert.Equal(3, copy.Version);
        Assert.Equal(plan.CurrentVersion, copy.CurrentVersion);
        Assert.Equal(plan.NextReviewDue, copy.NextReviewDue);
        Assert.Equal(7, plan.WithVersion(7).Version);
    }

    [Fact]
    public void Constructor_VersionsOutOfOrder_Throws()
    {
        var plan = NewPlan();
        var v1 = plan.CurrentVersion;
        var v2 = new TreatmentPlanVersion(2, v1.EffectiveOn.PlusDays(-1), v1.Problems, null, false, v1.Revision, []);

        Assert.Throws<ArgumentException>(() => new TreatmentPlan(
            plan.Id, plan.ClientId, 0, plan.ReviewCadence, [v1, v2], [], [], [], [], [], null));
    }

    [Fact]
    public void Constructor_SignatureNotMatchingTheContent_Throws()
    {
        var plan = NewPlan().Sign(new SignVersionRequest { VersionNumber = 1, Role = SignatureRole.Clinician, Clinician = Clinician, SignedAt = T0 }).Value;
        var signed = plan.CurrentVersion;
        var altered = new TreatmentPlanVersion(
            1, signed.EffectiveOn, [.. signed.Problems.Reverse()], signed.EstimatedDurationWeeks, signed.SupervisorSignatureRequired, signed.Revision, signed.Signatures);

        Assert.Throws<ArgumentException>(() => new TreatmentPlan(
            plan.Id, plan.ClientId, 0, plan.ReviewCadence, [altered], [], [], [], [], [], null));
    }

    [Fact]
    public void Version_DuplicateObjectiveIds_Throws()
    {
        var v = NewPlan().CurrentVersion;
        var problem = v.Problems[0];

        Assert.Throws<ArgumentException>(() => new TreatmentPlanVersion(1, Day0, [problem, problem with { }], null, false, v.Revision, []));
    }

    [Fact]
    public void VersionInEffectOn_BeforeTheFirstVersion_IsNull()
    {
        var plan = NewPlan();

        Assert.Null(plan.VersionInEffectOn(Day0.PlusDays(-1)));
        Assert.Equal(1, plan.VersionInEffectOn(Day0)!.Number);
    }

    [Fact]
    public void Close_EndsReviewsAndRefusesFurtherChanges()
    {
        var plan = NewPlan();

        var closed = plan.Close(new ClosePlanRequest { ClosedOn = Day0.PlusDays(100), Reason = PlanClosureReason.GoalsMet, ClosedBy = Clinician, RecordedAt = T0 }).Value;

        Assert.Equal(PlanStatus.Closed, closed.Status);
        Assert.Null(closed.NextReviewDue);
        Assert.Equal(TreatmentPlansErrorCodes.PlanClosed, closed.Revise(Revision(ContentOf(closed.CurrentVersion)), TestIds.Seeded()).Error.Code);
        Assert.Equal(TreatmentPlansErrorCodes.PlanClosed, closed.Close(new ClosePlanRequest { ClosedOn = Day0, ClosedBy = Clinician }).Error.Code);
    }

    [Fact]
    public void Close_BeforeThePlanTookEffect_IsRefused()
    {
        var result = NewPlan().Close(new ClosePlanRequest { ClosedOn = Day0.PlusDays(-1), Reason = PlanClosureReason.Referred, ClosedBy = Clinician });

        Assert.Equal(TreatmentPlansErrorCodes.ClosedBeforeEffective, result.Error.Code);
    }

    [Fact]
    public void Close_OtherReasonWithoutNote_IsAValidationFailure()
    {
        var result = NewPlan().Close(new ClosePlanRequest { ClosedOn = Day0, Reason = PlanClosureReason.Other, ClosedBy = Clinician });

        Assert.Equal(TreatmentPlansErrorCodes.ClosureReasonInvalid, Assert.Single(result.Error.Details).Code);
    }
}
